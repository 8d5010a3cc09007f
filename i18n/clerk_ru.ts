<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Consumer Appeals Registry</source>
        <translation>Реестр обращений потребителей</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Версия {0}</translation>
    </message>
    <message>
        <source>Registration journals of consumer appeals for bodies of pre-trial settlement of consumer disputes.</source>
        <translation>Журналы регистрации обращений потребителей для субъектов досудебного урегулирования потребительских споров.</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>О программе «{0}»</translation>
    </message>
</context>
<context>
    <name>AccountForms</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Р&amp;азблокировать</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>Block the account</source>
        <translation>Блокирование учётной записи</translation>
    </message>
    <message>
        <source>Block {0} ({1})? They cannot sign in until the account is unblocked; their work in the registry stays.</source>
        <translation>Заблокировать {0} ({1})? До разблокирования этот пользователь не сможет войти; его работа в реестре сохраняется.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Who may sign in to this registry, and with which roles. A blocked account cannot sign in; its work in the registry stays. Each change is saved at once.</source>
        <translation>Кто может входить в этот реестр и с какими ролями. Под заблокированной учётной записью войти нельзя; её работа в реестре сохраняется. Каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <source>Only accounts nobody has signed in to for {0} days (review them every half-year)</source>
        <translation>Только учётные записи, в которые не входили {0} дней (проверяйте их каждые полгода)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>No account is on this list.</source>
        <translation>В этом списке нет учётных записей.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новая учётная запись…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Роли…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Новый &amp;пароль…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AcknowledgementPage</name>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Обязательство о конфиденциальности</translation>
    </message>
    <message>
        <source>Before your first work in the registry, read the undertaking below. It is accepted once; the acceptance and its date are recorded in the registry.</source>
        <translation>Прежде чем начать работу в реестре, прочитайте обязательство ниже. Оно принимается один раз; согласие и его дата регистрируются в реестре.</translation>
    </message>
    <message>
        <source>I have read the undertaking and accept it</source>
        <translation>Я прочитал(а) обязательство и принимаю его</translation>
    </message>
    <message>
        <source>&amp;Accept and continue</source>
        <translation>&amp;Принять и продолжить</translation>
    </message>
    <message>
        <source>Decline and sign out</source>
        <translation>Отказаться и выйти</translation>
    </message>
</context>
<context>
    <name>ActDetailsDialog</name>
    <message>
        <source>Destroy personal data</source>
        <translation>Уничтожение персональных данных</translation>
    </message>
    <message>
        <source>{0} records will be destroyed irreversibly. Nothing can bring them back.</source>
        <translation>Будет безвозвратно уничтожено записей: {0}. Восстановить их будет невозможно.</translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation>&amp;Основание</translation>
    </message>
    <message>
        <source>&amp;Basis (the decision&apos;s number and date)</source>
        <translation>&amp;Обоснование (номер и дата решения)</translation>
    </message>
    <message>
        <source>&amp;Commission or responsible person (one name a line)</source>
        <translation>&amp;Комиссия или ответственное лицо (по одному ФИО в строке)</translation>
    </message>
    <message>
        <source>&amp;Type {0} to confirm</source>
        <translation>Для подтверждения &amp;введите {0}</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Уничтожить</translation>
    </message>
    <message>
        <source>Name the commission or the responsible person.</source>
        <translation>Укажите комиссию или ответственное лицо.</translation>
    </message>
</context>
<context>
    <name>ActPanel</name>
    <message>
        <source>Save the act as &amp;PDF…</source>
        <translation>Сохранить акт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int the act…</source>
        <translation>&amp;Напечатать акт…</translation>
    </message>
    <message>
        <source>Act No. {0}: {1} records destroyed.</source>
        <translation>Акт № {0}: уничтожено записей: {1}.</translation>
    </message>
    <message>
        <source>The data are destroyed, but the cleanup after them is not finished: see the note above.</source>
        <translation>Данные уничтожены, но очистка после них не завершена: см. примечание выше.</translation>
    </message>
    <message>
        <source>Destruction act {0}</source>
        <translation>Акт уничтожения {0}</translation>
    </message>
</context>
<context>
    <name>ActivityField</name>
    <message>
        <source>Retail trade</source>
        <translation>Розничная торговля</translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation>Интернет-торговля</translation>
    </message>
    <message>
        <source>Food service</source>
        <translation>Общественное питание</translation>
    </message>
    <message>
        <source>Housing and utilities</source>
        <translation>Жилищно-коммунальные услуги</translation>
    </message>
    <message>
        <source>Construction and repair</source>
        <translation>Строительство и ремонт</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Medical services and pharmacies</source>
        <translation>Медицинские услуги и аптеки</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Tourism and hotels</source>
        <translation>Туризм и гостиницы</translation>
    </message>
    <message>
        <source>Prize games and lotteries</source>
        <translation>Призовые игры и лотереи</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <source>Communications and internet</source>
        <translation>Связь и интернет</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Финансовые услуги</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Автотранспортные средства</translation>
    </message>
    <message>
        <source>Household services</source>
        <translation>Бытовые услуги</translation>
    </message>
</context>
<context>
    <name>ActivityIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop; nothing of this operation is kept</source>
        <translation>Остановить; ничего из этой операции не сохранится</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Surname, given name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Tell the person this password in private; they can change it in File › Change password.</source>
        <translation>Сообщите этот пароль человеку лично; он сможет сменить его в меню Файл › Сменить пароль.</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Создать учётную запись</translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <source>Written</source>
        <translation>Письменное</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Устное</translation>
    </message>
    <message>
        <source>Electronic document</source>
        <translation>Электронный документ</translation>
    </message>
    <message>
        <source>Video appeal</source>
        <translation>Видеообращение</translation>
    </message>
</context>
<context>
    <name>AppealKind</name>
    <message>
        <source>Claim to a seller</source>
        <translation>Претензия продавцу</translation>
    </message>
    <message>
        <source>Claim to a game organizer</source>
        <translation>Претензия организатору игры</translation>
    </message>
    <message>
        <source>Pre-trial settlement</source>
        <translation>Досудебное урегулирование</translation>
    </message>
    <message>
        <source>Measures against a seller</source>
        <translation>Меры в отношении продавца</translation>
    </message>
    <message>
        <source>Measures against a settlement body</source>
        <translation>Меры в отношении субъекта урегулирования</translation>
    </message>
    <message>
        <source>From a consumer association</source>
        <translation>От объединения потребителей</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
</context>
<context>
    <name>AppealKindHint</name>
    <message>
        <source>A consumer&apos;s claim to a seller (manufacturer, performer)</source>
        <translation>Претензия потребителя к продавцу (изготовителю, исполнителю)</translation>
    </message>
    <message>
        <source>A consumer&apos;s claim to a game organizer about the quality of a prize</source>
        <translation>Претензия потребителя к инициатору (организатору) игры по качеству выигранного товара</translation>
    </message>
    <message>
        <source>A consumer&apos;s appeal to a pre-trial settlement body</source>
        <translation>Обращение потребителя в субъект досудебного урегулирования потребительских споров</translation>
    </message>
    <message>
        <source>To the authorized body or state bodies: measures against a seller or game organizer</source>
        <translation>В уполномоченный орган или государственные органы: о принятии мер в отношении продавца или организатора игры</translation>
    </message>
    <message>
        <source>To the authorized body or state bodies: measures against a pre-trial settlement body or a representative of consumers&apos; interests</source>
        <translation>В уполномоченный орган или государственные органы: о применении мер в отношении субъекта досудебного урегулирования или представителя законных интересов потребителей</translation>
    </message>
    <message>
        <source>An appeal of a consumer association, including results of public control</source>
        <translation>Обращение общественного объединения потребителей, в том числе по результатам общественного контроля</translation>
    </message>
    <message>
        <source>Another kind of appeal</source>
        <translation>Иная категория обращения</translation>
    </message>
</context>
<context>
    <name>AppealType</name>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Отклик</translation>
    </message>
</context>
<context>
    <name>ApplicantRow</name>
    <message>
        <source>Known applicant: filled in from the latest appeal. Please check.</source>
        <translation>Заявитель уже обращался: данные взяты из последнего обращения. Проверьте их.</translation>
    </message>
    <message>
        <source>Known applicant: the fields are already filled in.</source>
        <translation>Заявитель уже обращался: поля уже заполнены.</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Эл. &amp;почта:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this applicant from the card</source>
        <translation>Удалить этого заявителя из карточки</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Type the IIN first: a person who has appealed before is filled in from their latest appeal</source>
        <translation>Сначала введите ИИН: данные ранее обращавшегося человека подставятся из его последнего обращения</translation>
    </message>
    <message>
        <source>as in the registration certificate</source>
        <translation>как в справке о регистрации</translation>
    </message>
</context>
<context>
    <name>ApplicantsEditor</name>
    <message>
        <source>Left empty, a reply goes to the applicants of the appeal it answers.</source>
        <translation>Если пусто, ответ адресуется заявителям обращения, на которое он отвечает.</translation>
    </message>
    <message>
        <source>Collective appeal: {0} applicants</source>
        <translation>Коллективное обращение: заявителей — {0}</translation>
    </message>
    <message>
        <source>Individual appeal</source>
        <translation>Индивидуальное обращение</translation>
    </message>
    <message>
        <source>Add addre&amp;ssee</source>
        <translation>Добавить &amp;адресата</translation>
    </message>
    <message>
        <source>Add a&amp;pplicant</source>
        <translation>Добавить &amp;заявителя</translation>
    </message>
    <message>
        <source>Another addressee of the letter</source>
        <translation>Ещё один адресат письма</translation>
    </message>
    <message>
        <source>Another applicant: an appeal of several applicants is collective</source>
        <translation>Ещё один заявитель: обращение нескольких заявителей — коллективное</translation>
    </message>
    <message>
        <source>The appeal has a signed consent to data processing</source>
        <translation>В обращении есть подписанное согласие на обработку</translation>
    </message>
    <message>
        <source>Tick when the paper appeal has each applicant&apos;s signed consent. The consent is recorded with the card, naming this body as the operator; the appeal&apos;s scan is its evidence. Without a recorded consent the appeal cannot be forwarded to another body.</source>
        <translation>Отметьте, если бумажное обращение содержит подписанное согласие каждого заявителя. Согласие записывается вместе с карточкой, оператором указывается этот субъект; скан обращения служит его подтверждением. Без записанного согласия обращение нельзя перенаправить в другой орган.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign executors</source>
        <translation>Назначение ответственных исполнителей</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>&amp;Responsible executors (tick one or more; the first ticked is the lead):</source>
        <translation>&amp;Ответственные исполнители (отметьте одного или нескольких; первый отмеченный — основной):</translation>
    </message>
    <message>
        <source>There are no staff members yet. Add the executors below; they are kept in Reference › Staff (executors).</source>
        <translation>Список сотрудников пока пуст. Добавьте исполнителей ниже; они сохраняются в разделе Справочники › Сотрудники (исполнители).</translation>
    </message>
    <message>
        <source>Add &amp;staff member…</source>
        <translation>Добавить &amp;сотрудника…</translation>
    </message>
    <message>
        <source>Resol&amp;ution (the instruction to the executors):</source>
        <translation>&amp;Резолюция (поручение исполнителям):</translation>
    </message>
    <message>
        <source>Nobody is ticked yet.</source>
        <translation>Пока никто не отмечен.</translation>
    </message>
    <message>
        <source>Lead executor: {0}, and {1} more.</source>
        <translation>Основной ответственный исполнитель: {0}, и ещё {1}.</translation>
    </message>
    <message>
        <source>Lead executor: {0}.</source>
        <translation>Основной ответственный исполнитель: {0}.</translation>
    </message>
</context>
<context>
    <name>AttachFlow</name>
    <message>
        <source>Attach electronic &amp;copies…</source>
        <translation>Прикрепить электронные &amp;копии…</translation>
    </message>
    <message>
        <source>Attach scans (PDF, TIFF, JPEG) to the selected card</source>
        <translation>Прикрепить сканы (PDF, TIFF, JPEG) к выбранной карточке</translation>
    </message>
    <message>
        <source>Attaching files to card No. {0}…</source>
        <translation>Файлы прикрепляются к карточке № {0}…</translation>
    </message>
    <message>
        <source>Release the mouse button to attach the files to card No. {0}.</source>
        <translation>Отпустите кнопку мыши, чтобы прикрепить файлы к карточке № {0}.</translation>
    </message>
    <message>
        <source>Please wait: files are being attached to card No. {0}.</source>
        <translation>Подождите: файлы прикрепляются к карточке № {0}.</translation>
    </message>
    <message>
        <source>Attaching was cancelled: no file was attached.</source>
        <translation>Прикрепление отменено: ни один файл не прикреплён.</translation>
    </message>
</context>
<context>
    <name>AttachResultDialog</name>
    <message>
        <source>Electronic copies</source>
        <translation>Электронные копии</translation>
    </message>
    <message>
        <source>All files are attached to card No. {0}.</source>
        <translation>Все файлы прикреплены к карточке № {0}.</translation>
    </message>
    <message>
        <source>No file was attached to card No. {0}.</source>
        <translation>Ни один файл не прикреплён к карточке № {0}.</translation>
    </message>
    <message>
        <source>Attached to card No. {0}: {1}. Not attached: {2}.</source>
        <translation>Прикреплено к карточке № {0}: {1}. Не прикреплено: {2}.</translation>
    </message>
    <message>
        <source>Attached: {0}, pages: {1}.</source>
        <translation>Прикреплён: {0}, страниц: {1}.</translation>
    </message>
    <message>
        <source>Not attached.</source>
        <translation>Не прикреплён.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Technical details: {0}</source>
        <translation>Технические подробности: {0}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Save the backup as</source>
        <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
        <source>Registry backups ({0})</source>
        <translation>Резервные копии реестра ({0})</translation>
    </message>
    <message>
        <source>Back up the registry</source>
        <translation>Резервная копия реестра</translation>
    </message>
    <message>
        <source>The backup holds every card, electronic copy and account of this registry, and the audit trail. It is encrypted with the passphrase below: without it nobody can read or restore the backup, so keep the passphrase apart from the file (for instance, sealed in the safe).</source>
        <translation>Резервная копия содержит все карточки, электронные копии и учётные записи этого реестра, а также журнал аудита. Она шифруется парольной фразой ниже: без неё никто не сможет прочитать или восстановить копию, поэтому храните парольную фразу отдельно от файла (например, в запечатанном конверте в сейфе).</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл резервной копии:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Use the backup passphrase kept in this computer&apos;s keyring</source>
        <translation>Использовать парольную фразу из хранилища ключей этого компьютера</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>&amp;Парольная фраза резервной копии:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Парольная фраза &amp;ещё раз:</translation>
    </message>
    <message>
        <source>At least {0} characters; a few unrelated words are easy to remember.</source>
        <translation>Не менее {0} символов; несколько не связанных между собой слов легко запомнить.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>Парольная фраза должна содержать не менее {0} символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Парольные фразы не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>Choose the file to write the backup to.</source>
        <translation>Выберите файл, в который записать резервную копию.</translation>
    </message>
    <message>
        <source>The backup was cancelled: no file was written.</source>
        <translation>Создание резервной копии отменено: файл не записан.</translation>
    </message>
    <message>
        <source>This registry is kept in a PostgreSQL database: its administrator backs it up with the database&apos;s own tools (pg_dump).</source>
        <translation>Этот реестр хранится в базе данных PostgreSQL: её резервную копию администратор делает средствами самой базы данных (pg_dump).</translation>
    </message>
    <message>
        <source>The file cannot be written there. Choose another folder or disk.</source>
        <translation>Туда нельзя записать файл. Выберите другую папку или диск.</translation>
    </message>
    <message>
        <source>The backup is written to {0}.</source>
        <translation>Резервная копия записана: {0}.</translation>
    </message>
    <message>
        <source>Cards: {0}. Electronic copies: {1}. Size: {2} MB.</source>
        <translation>Карточек: {0}. Электронных копий: {1}. Размер: {2} МБ.</translation>
    </message>
    <message>
        <source>{0} electronic copies were missing from the store and are not in the backup. Ask the administrator to check the copies.</source>
        <translation>В хранилище не оказалось электронных копий: {0}; они не вошли в резервную копию. Попросите администратора проверить копии.</translation>
    </message>
    <message>
        <source>Keep the file and its passphrase in different places. To restore it, the administrator runs: clerk-app restore FILE</source>
        <translation>Храните файл и его парольную фразу в разных местах. Для восстановления администратор выполняет команду: clerk-app restore FILE</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>&amp;Back up the registry…</source>
        <translation>&amp;Резервная копия реестра…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the registry and its electronic copies</source>
        <translation>Записать зашифрованную резервную копию реестра и его электронных копий</translation>
    </message>
    <message>
        <source>Back up the registry</source>
        <translation>Резервная копия реестра</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>The body</source>
        <translation>Субъект урегулирования</translation>
    </message>
    <message>
        <source>The pre-trial settlement body of consumer disputes that keeps this registry. Its name is shown in the title of the window.</source>
        <translation>Субъект досудебного урегулирования потребительских споров, который ведёт этот реестр. Его наименование показывается в заголовке окна.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Kind of body:</source>
        <translation>&amp;Вид субъекта:</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Head (full name):</source>
        <translation>&amp;Руководитель (ФИО):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Электронная почта:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
</context>
<context>
    <name>BreachEditForm</name>
    <message>
        <source>Personal-data breach {0}</source>
        <translation>Нарушение безопасности персональных данных {0}</translation>
    </message>
    <message>
        <source>New personal-data breach</source>
        <translation>Новое нарушение безопасности персональных данных</translation>
    </message>
    <message>
        <source>&amp;Detected (Astana time):</source>
        <translation>&amp;Обнаружено (время Астаны):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <source>Data affected:</source>
        <translation>Затронутые данные:</translation>
    </message>
    <message>
        <source>Persons affected, &amp;about:</source>
        <translation>Затронуто лиц, п&amp;римерно:</translation>
    </message>
    <message>
        <source>Their &amp;IINs, if known:</source>
        <translation>Их &amp;ИИН, если известны:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>Принятые &amp;меры:</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>&amp;Ответственное лицо:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>{0} named already; IINs typed here are added</source>
        <translation>Указано уже: {0}; введённые здесь ИИН добавятся</translation>
    </message>
    <message>
        <source>separated by spaces; stored unreadably</source>
        <translation>через пробел; хранятся в нечитаемом виде</translation>
    </message>
    <message>
        <source>The authorized body for personal data must be told within one working day of detection: by the end of the first working day after the day of detection.</source>
        <translation>Уполномоченный орган по персональным данным уведомляется в течение одного рабочего дня с момента обнаружения: до конца первого рабочего дня после дня обнаружения.</translation>
    </message>
</context>
<context>
    <name>BreachFlow</name>
    <message>
        <source>&amp;Breach register…</source>
        <translation>&amp;Реестр нарушений…</translation>
    </message>
    <message>
        <source>Personal-data security breaches and their notices to the authorized body</source>
        <translation>Нарушения безопасности персональных данных и уведомления о них уполномоченного органа</translation>
    </message>
    <message>
        <source>Overdue: {0}.</source>
        <translation>Просрочено: {0}.</translation>
    </message>
    <message>
        <source>Due today: {0}.</source>
        <translation>Срок сегодня: {0}.</translation>
    </message>
    <message>
        <source>Notices of personal-data breaches to the authorized body</source>
        <translation>Уведомления уполномоченного органа о нарушениях безопасности персональных данных</translation>
    </message>
    <message>
        <source>The authorized body must be told within one working day of detection.</source>
        <translation>Уполномоченный орган уведомляется в течение одного рабочего дня с момента обнаружения.</translation>
    </message>
    <message>
        <source>Open the breach register</source>
        <translation>Открыть реестр нарушений</translation>
    </message>
</context>
<context>
    <name>BreachRegisterDialog</name>
    <message>
        <source>Register of personal-data breaches</source>
        <translation>Реестр нарушений безопасности персональных данных</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Незакрытые</translation>
    </message>
    <message>
        <source>Overdue notices</source>
        <translation>Просроченные уведомления</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>A breach is notified to the authorized body for personal data within one working day of its detection, with the contact details of the person responsible for personal data.</source>
        <translation>О нарушении уполномоченный орган по персональным данным уведомляется в течение одного рабочего дня с момента обнаружения, с указанием контактов лица, ответственного за организацию обработки персональных данных.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Срок уведомления</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лиц</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомлено</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новое…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Mark notified…</source>
        <translation>&amp;Отметить уведомление…</translation>
    </message>
    <message>
        <source>Close the &amp;breach…</source>
        <translation>&amp;Закрыть нарушение…</translation>
    </message>
    <message>
        <source>Notice &amp;text…</source>
        <translation>&amp;Текст уведомления…</translation>
    </message>
    <message>
        <source>&amp;Responsible person…</source>
        <translation>Ответственное &amp;лицо…</translation>
    </message>
</context>
<context>
    <name>BreachTexts</name>
    <message>
        <source>Not notified</source>
        <translation>Не уведомлено</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомлено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>surnames, names, patronymics</source>
        <translation>фамилии, имена, отчества</translation>
    </message>
    <message>
        <source>IINs</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>addresses, phones, e-mails</source>
        <translation>адреса, телефоны, эл. почта</translation>
    </message>
    <message>
        <source>contents of appeals and replies</source>
        <translation>содержание обращений и ответов</translation>
    </message>
    <message>
        <source>electronic copies of documents</source>
        <translation>электронные копии документов</translation>
    </message>
    <message>
        <source>staff accounts and passwords</source>
        <translation>учётные записи и пароли сотрудников</translation>
    </message>
    <message>
        <source>other (see the description)</source>
        <translation>другое (см. описание)</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>по электронной почте</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>письмом</translation>
    </message>
    <message>
        <source>through an e-government service</source>
        <translation>через сервис электронного правительства</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>иным способом</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <source>Remove the control characters from this text.</source>
        <translation>Уберите из текста управляющие символы.</translation>
    </message>
    <message>
        <source>Type a phone number, such as +7 701 123 45 67.</source>
        <translation>Введите номер телефона, например +7 701 123 45 67.</translation>
    </message>
    <message>
        <source>Type an e-mail address, such as name@mail.kz.</source>
        <translation>Введите адрес эл. почты, например name@mail.kz.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 12, or leave it empty.</source>
        <translation>Введите целое число, например 12, или оставьте пустым.</translation>
    </message>
    <message>
        <source>Check the date and time.</source>
        <translation>Проверьте дату и время.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>This date is too long ago. Check the year.</source>
        <translation>Эта дата слишком давняя. Проверьте год.</translation>
    </message>
    <message>
        <source>This moment is still to come. Check the date and time.</source>
        <translation>Этот момент ещё не наступил. Проверьте дату и время.</translation>
    </message>
    <message>
        <source>The notice cannot precede the detection.</source>
        <translation>Уведомление не может предшествовать обнаружению.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address.</source>
        <translation>Укажите телефон или адрес эл. почты.</translation>
    </message>
    <message>
        <source>Fewer than the persons named by IIN below. Correct the number.</source>
        <translation>Меньше, чем лиц, указанных ниже по ИИН. Исправьте число.</translation>
    </message>
    <message>
        <source>Each IIN has exactly 12 digits; separate them with spaces.</source>
        <translation>В каждом ИИН ровно 12 цифр; разделяйте их пробелами.</translation>
    </message>
    <message>
        <source>An IIN is mistyped: its last digit does not match.</source>
        <translation>ИИН введён с ошибкой: последняя цифра не сходится.</translation>
    </message>
    <message>
        <source>An IIN is mistyped: the date in it is impossible.</source>
        <translation>ИИН введён с ошибкой: дата в нём невозможна.</translation>
    </message>
    <message>
        <source>An IIN is mistyped: no such number can exist.</source>
        <translation>ИИН введён с ошибкой: такого номера не бывает.</translation>
    </message>
    <message>
        <source>Please check this value.</source>
        <translation>Проверьте это значение.</translation>
    </message>
    <message>
        <source>Overdue: notice was due {0}</source>
        <translation>Просрочено: уведомить нужно было до {0}</translation>
    </message>
    <message>
        <source>Notice due today</source>
        <translation>Уведомить сегодня</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Уведомлено с опозданием</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>(enter the body in Settings)</source>
        <translation>(укажите орган в настройках)</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БИН {0}</translation>
    </message>
    <message>
        <source>phone {0}</source>
        <translation>телефон {0}</translation>
    </message>
    <message>
        <source>e-mail {0}</source>
        <translation>эл. почта {0}</translation>
    </message>
    <message>
        <source>To the authorized body for the protection of personal data</source>
        <translation>В уполномоченный орган в сфере защиты персональных данных</translation>
    </message>
    <message>
        <source>NOTICE OF A PERSONAL-DATA SECURITY BREACH No. {0}</source>
        <translation>УВЕДОМЛЕНИЕ О НАРУШЕНИИ БЕЗОПАСНОСТИ ПЕРСОНАЛЬНЫХ ДАННЫХ № {0}</translation>
    </message>
    <message>
        <source>Operator: {0}</source>
        <translation>Оператор: {0}</translation>
    </message>
    <message>
        <source>Detected: {0} (Astana time)</source>
        <translation>Обнаружено: {0} (время Астаны)</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>Personal data affected: {0}</source>
        <translation>Затронутые персональные данные: {0}</translation>
    </message>
    <message>
        <source>Persons affected (approximately): {0}</source>
        <translation>Затронуто лиц (примерно): {0}</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Принятые меры:</translation>
    </message>
    <message>
        <source>being determined</source>
        <translation>определяются</translation>
    </message>
    <message>
        <source>Person responsible for organizing the processing of personal data: {0}</source>
        <translation>Лицо, ответственное за организацию обработки персональных данных: {0}</translation>
    </message>
    <message>
        <source>Sent within one working day of detection (PD Law art. 25(2)(8)): by {0}.</source>
        <translation>Направляется в течение одного рабочего дня с момента обнаружения (Закон о ПД, ст. 25 п. 2 пп. 8): до {0}.</translation>
    </message>
    <message>
        <source>Date: ____________    Signature: ____________</source>
        <translation>Дата: ____________    Подпись: ____________</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Due dates in working days skip weekends and public holidays. Each year the government moves some days off: enter here a Saturday declared a working day, or a weekday made a day off, as soon as the decision is published.</source>
        <translation>В сроки, считаемые в рабочих днях, не входят выходные и праздничные дни. Каждый год Правительство переносит некоторые выходные: внесите сюда субботу, объявленную рабочим днём, или будний день, ставший выходным, как только решение опубликовано.</translation>
    </message>
    <message>
        <source>Corrections of this registry</source>
        <translation>Поправки этого реестра</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>No corrections yet: the calendar follows the public holidays below.</source>
        <translation>Поправок пока нет: календарь следует праздничным дням ниже.</translation>
    </message>
    <message>
        <source>Add a correction (or choose one above to change it)</source>
        <translation>Добавить поправку (или выберите её выше, чтобы изменить)</translation>
    </message>
    <message>
        <source>a working day (a transferred working day)</source>
        <translation>рабочий день (перенесённый рабочий день)</translation>
    </message>
    <message>
        <source>a day off (an extra day off)</source>
        <translation>выходной день (дополнительный выходной)</translation>
    </message>
    <message>
        <source>Note, such as the number of the government decree</source>
        <translation>Примечание, например номер постановления Правительства</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Добавить в список</translation>
    </message>
    <message>
        <source>Public holidays the calendar knows, in</source>
        <translation>Праздничные дни, известные календарю, за год:</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Зарегистрировал</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Collective appeal</source>
        <translation>Коллективное обращение</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Заявители</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Сторона-ответчик</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Сумма требований</translation>
    </message>
    <message>
        <source>Correspondent&apos;s number and date</source>
        <translation>Исходящий номер и дата корреспондента</translation>
    </message>
    <message>
        <source>Correspondent&apos;s number</source>
        <translation>Исходящий номер корреспондента</translation>
    </message>
    <message>
        <source>Correspondent&apos;s date</source>
        <translation>Исходящая дата корреспондента</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>Количество листов</translation>
    </message>
    <message>
        <source>Court matter</source>
        <translation>Судебное дело</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Ответ на обращение</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Earlier appeal</source>
        <translation>Первичное обращение</translation>
    </message>
    <message>
        <source>Repeat appeals</source>
        <translation>Повторные обращения</translation>
    </message>
    <message>
        <source>Sent via</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Журнал:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал поступления:</translation>
    </message>
    <message>
        <source>Sent &amp;via:</source>
        <translation>Способ &amp;отправки:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Кате&amp;гория:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Дата по&amp;ступления:</translation>
    </message>
    <message>
        <source>In reply &amp;to No.:</source>
        <translation>В &amp;ответ на №:</translation>
    </message>
    <message>
        <source>Correspondent&apos;s &amp;No.:</source>
        <translation>&amp;Исх. № корреспондента:</translation>
    </message>
    <message>
        <source>Correspondent&apos;s &amp;date:</source>
        <translation>Исх. &amp;дата корреспондента:</translation>
    </message>
    <message>
        <source>Sh&amp;eets:</source>
        <translation>Количество &amp;листов:</translation>
    </message>
    <message>
        <source>Repea&amp;t of No.:</source>
        <translation>Первичное &amp;обращение №:</translation>
    </message>
    <message>
        <source>&amp;Court matter</source>
        <translation>Су&amp;дебное дело</translation>
    </message>
    <message>
        <source>Incoming appeals</source>
        <translation>Входящие обращения</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>When the paper arrived (today unless it came earlier)</source>
        <translation>Когда поступил бумажный документ (сегодня, если не раньше)</translation>
    </message>
    <message>
        <source>The sender&apos;s own number of the letter, if it has one</source>
        <translation>Собственный номер письма у отправителя, если он есть</translation>
    </message>
    <message>
        <source>number of the incoming appeal</source>
        <translation>номер входящего обращения</translation>
    </message>
    <message>
        <source>The incoming appeal this letter answers; left empty, the letter answers none</source>
        <translation>Входящее обращение, на которое отвечает это письмо; если пусто, письмо не является ответом</translation>
    </message>
    <message>
        <source>number of the earlier appeal</source>
        <translation>номер первичного обращения</translation>
    </message>
    <message>
        <source>For a repeat appeal: the registration number of the earlier one</source>
        <translation>Для повторного обращения: регистрационный номер первичного</translation>
    </message>
    <message>
        <source>Sheets of the paper original</source>
        <translation>Количество листов бумажного оригинала</translation>
    </message>
    <message>
        <source>Correspondence about a court case: never transmitted to the national system</source>
        <translation>Переписка по судебному делу: никогда не передаётся в ЕИС ЗПП</translation>
    </message>
</context>
<context>
    <name>CardFieldsView</name>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Open card No. {0}</source>
        <translation>Открыть карточку № {0}</translation>
    </message>
</context>
<context>
    <name>CardHistory</name>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>No. {0}, workstation {1}</source>
        <translation>№ {0}, рабочее место {1}</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Изменено: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что сделано</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Registration-control card</source>
        <translation>Регистрационно-контрольная карточка</translation>
    </message>
    <message>
        <source>Select a card to see all its fields and its history.</source>
        <translation>Выберите карточку, чтобы увидеть все её поля и историю.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Registration-control card No. {0}</source>
        <translation>Регистрационно-контрольная карточка № {0}</translation>
    </message>
</context>
<context>
    <name>CardSheet</name>
    <message>
        <source>Registration-control card No. {0}</source>
        <translation>Регистрационно-контрольная карточка № {0}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат рассмотрения</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БИН {0}</translation>
    </message>
    <message>
        <source>Printed {0} (Astana time) by {1}</source>
        <translation>Напечатано {0} (время Астаны), {1}</translation>
    </message>
    <message>
        <source>Registration and content</source>
        <translation>Регистрация и содержание</translation>
    </message>
    <message>
        <source>{0}, pages: {1}; added {2} by {3}</source>
        <translation>{0}, страниц: {1}; добавлено {2}, {3}</translation>
    </message>
    <message>
        <source>Electronic copies</source>
        <translation>Электронные копии</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Card No. {0} — page {1} of {2}</source>
        <translation>Карточка № {0} — лист {1} из {2}</translation>
    </message>
</context>
<context>
    <name>CardValue</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No. {0} of {1}</source>
        <translation>№ {0} от {1}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БИН {0}</translation>
    </message>
    <message>
        <source>IIN {0}</source>
        <translation>ИИН {0}</translation>
    </message>
    <message>
        <source>BIN/IIN {0}</source>
        <translation>БИН/ИИН {0}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Новый пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In person (paper)</source>
        <translation>Лично (на бумаге)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>UIS CRP</source>
        <translation>ЕИС ЗПП</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ChannelHint</name>
    <message>
        <source>Unified information system for consumer rights protection</source>
        <translation>Единая информационная система защиты прав потребителей</translation>
    </message>
</context>
<context>
    <name>CloseForm</name>
    <message>
        <source>Close breach {0}</source>
        <translation>Закрыть нарушение {0}</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>The authorized body has not been told of this breach. Close it only if it proved no breach, and say why.</source>
        <translation>Уполномоченный орган об этом нарушении не уведомлён. Закрывайте, только если нарушения не было, и укажите почему.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <source>1) &amp;Operator (the body that processes the data):</source>
        <translation>1) &amp;Оператор (орган, обрабатывающий данные):</translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;BIN (IIN):</source>
        <translation>&amp;БИН (ИИН) оператора:</translation>
    </message>
    <message>
        <source>2) &amp;Subject&apos;s surname, name, patronymic:</source>
        <translation>2) &amp;Фамилия, имя, отчество субъекта:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>or the period in words</source>
        <translation>или срок словами</translation>
    </message>
    <message>
        <source>3) &amp;Term of the consent:</source>
        <translation>3) &amp;Срок согласия:</translation>
    </message>
    <message>
        <source>4) The operator may &amp;transfer the data to third parties</source>
        <translation>4) Оператор может &amp;передавать данные третьим лицам</translation>
    </message>
    <message>
        <source>5) &amp;Cross-border transfer of the data</source>
        <translation>5) &amp;Трансграничная передача данных</translation>
    </message>
    <message>
        <source>6) Dissemination in &amp;publicly available sources</source>
        <translation>6) Распространение в &amp;общедоступных источниках</translation>
    </message>
    <message>
        <source>7) &amp;List of the data:</source>
        <translation>7) &amp;Перечень данных:</translation>
    </message>
    <message>
        <source>8) &amp;Other information (not required):</source>
        <translation>8) &amp;Иные сведения (необязательно):</translation>
    </message>
    <message>
        <source>&amp;How the consent was given:</source>
        <translation>&amp;Как дано согласие:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Дата согласия:</translation>
    </message>
    <message>
        <source>Service reference, or how the consent can be &amp;confirmed:</source>
        <translation>Номер в сервисе или как &amp;подтвердить согласие:</translation>
    </message>
</context>
<context>
    <name>ConsentFlow</name>
    <message>
        <source>Personal data &amp;grounds…</source>
        <translation>&amp;Основания обработки персональных данных…</translation>
    </message>
    <message>
        <source>The legal ground for processing the data of each person on the card</source>
        <translation>Законное основание обработки данных каждого лица в карточке</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <source>In writing (signed form)</source>
        <translation>Письменно (подписанная форма)</translation>
    </message>
    <message>
        <source>Through the state service</source>
        <translation>Через государственный сервис</translation>
    </message>
    <message>
        <source>Through a non-state service</source>
        <translation>Через негосударственный сервис</translation>
    </message>
    <message>
        <source>Another way that can be confirmed</source>
        <translation>Иным способом, позволяющим подтвердить</translation>
    </message>
    <message>
        <source>Art. 9(1): administrative-offence cases, courts, enforcement proceedings</source>
        <translation>ст. 9 п. 1): дела об административных правонарушениях, суды, исполнительное производство</translation>
    </message>
    <message>
        <source>Art. 9(4): implementing a ratified international treaty</source>
        <translation>ст. 9 п. 4): реализация ратифицированного международного договора</translation>
    </message>
    <message>
        <source>Art. 9(5): protecting rights and freedoms when consent cannot be obtained</source>
        <translation>ст. 9 п. 5): защита прав и свобод, когда получить согласие невозможно</translation>
    </message>
    <message>
        <source>Art. 9(8): the person did not fulfil a legal duty to provide the data</source>
        <translation>ст. 9 п. 8): субъект не исполнил обязанность по представлению данных</translation>
    </message>
    <message>
        <source>Art. 9(10): another case established by law (name the law)</source>
        <translation>ст. 9 п. 10): иной случай, установленный законом (укажите закон)</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>the text of the appeal</source>
        <translation>текст обращения</translation>
    </message>
    <message>
        <source>copies of the documents</source>
        <translation>копии документов</translation>
    </message>
    <message>
        <source>No ground recorded</source>
        <translation>Основание не записано</translation>
    </message>
    <message>
        <source>Processing without consent: {0}</source>
        <translation>Обработка без согласия: {0}</translation>
    </message>
    <message>
        <source>Consent withdrawn on {0}</source>
        <translation>Согласие отозвано {0}</translation>
    </message>
    <message>
        <source>Consent expired on {0}</source>
        <translation>Срок согласия истёк {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>до {0}</translation>
    </message>
    <message>
        <source>in the appeal, until its storage period ends</source>
        <translation>в обращении, до истечения срока его хранения</translation>
    </message>
    <message>
        <source>Consent {0}</source>
        <translation>Согласие {0}</translation>
    </message>
    <message>
        <source>transfer to third parties allowed</source>
        <translation>передача третьим лицам разрешена</translation>
    </message>
    <message>
        <source>no transfer to third parties</source>
        <translation>без передачи третьим лицам</translation>
    </message>
    <message>
        <source>signed form not attached</source>
        <translation>подписанная форма не приложена</translation>
    </message>
    <message>
        <source>withdrawal refused by law</source>
        <translation>отзыв невозможен по закону</translation>
    </message>
</context>
<context>
    <name>ContentFields</name>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <source>Claimed &amp;amount, ₸:</source>
        <translation>Сумма &amp;требований, ₸:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>What the appeal is about, in brief</source>
        <translation>О чём обращение, кратко</translation>
    </message>
    <message>
        <source>such as 125 000,50</source>
        <translation>например, 125 000,50</translation>
    </message>
    <message>
        <source>The amount the applicant claims, in tenge (not required)</source>
        <translation>Сумма, которую требует заявитель, в тенге (необязательно)</translation>
    </message>
</context>
<context>
    <name>ControlDialog</name>
    <message>
        <source>Card No. {0}</source>
        <translation>Карточка № {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ControlEvent</name>
    <message>
        <source>Put on control</source>
        <translation>Поставлено на контроль</translation>
    </message>
    <message>
        <source>Executors assigned</source>
        <translation>Назначены ответственные исполнители</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Начато исполнение</translation>
    </message>
    <message>
        <source>Due date extended</source>
        <translation>Срок исполнения продлён</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Внесён результат рассмотрения</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <source>Control resumed</source>
        <translation>Контроль возобновлён</translation>
    </message>
    <message>
        <source>Applicant told of the extension</source>
        <translation>Заявитель уведомлён о продлении срока</translation>
    </message>
</context>
<context>
    <name>ControlModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Overdue / left</source>
        <translation>Просрочено / осталось</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Ответственные исполнители</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (основной)</translation>
    </message>
    <message>
        <source>Due date by the rules: {0}</source>
        <translation>Срок исполнения по правилам: {0}</translation>
    </message>
    <message>
        <source>Executors: {0}</source>
        <translation>Ответственные исполнители: {0}</translation>
    </message>
    <message>
        <source>Resolution: {0}</source>
        <translation>Резолюция: {0}</translation>
    </message>
    <message>
        <source>New due date: {0}</source>
        <translation>Новый срок исполнения: {0}</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Причина: {0}</translation>
    </message>
    <message>
        <source>Tell the applicant by: {0}</source>
        <translation>Уведомить заявителя до: {0}</translation>
    </message>
    <message>
        <source>Result: {0}</source>
        <translation>Результат: {0}</translation>
    </message>
    <message>
        <source>Reason for refusal: {0}</source>
        <translation>Причина отказа: {0}</translation>
    </message>
    <message>
        <source>Forwarded to: {0}</source>
        <translation>Направлено: {0}</translation>
    </message>
    <message>
        <source>Covering letter No. {0}</source>
        <translation>Сопроводительное письмо № {0}</translation>
    </message>
    <message>
        <source>Explanation: {0}</source>
        <translation>Пояснение: {0}</translation>
    </message>
    <message>
        <source>Reply No. {0}</source>
        <translation>Ответ № {0}</translation>
    </message>
    <message>
        <source>Without a reply</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Select a card to see its execution control.</source>
        <translation>Выберите карточку, чтобы увидеть контроль её исполнения.</translation>
    </message>
    <message>
        <source>Execution control of card No. {0}</source>
        <translation>Контроль исполнения карточки № {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This card is not under execution control: only incoming appeals are.</source>
        <translation>Эта карточка не стоит на контроле исполнения: на контроль ставятся только входящие обращения.</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>ещё не назначены</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}, to {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>tell the applicant by {0} ({1})</source>
        <translation>уведомить заявителя до {0} ({1})</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Назначить…</translation>
    </message>
    <message>
        <source>Assign the responsible executors and write the resolution</source>
        <translation>Назначить ответственных исполнителей и написать резолюцию</translation>
    </message>
    <message>
        <source>&amp;Start work</source>
        <translation>Начать &amp;исполнение</translation>
    </message>
    <message>
        <source>Mark that the executor has started work on the appeal</source>
        <translation>Отметить, что исполнитель приступил к работе над обращением</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Продлить срок…</translation>
    </message>
    <message>
        <source>Extend the due date, with the reason</source>
        <translation>Продлить срок исполнения с указанием причины</translation>
    </message>
    <message>
        <source>Record the &amp;result…</source>
        <translation>Внести &amp;результат…</translation>
    </message>
    <message>
        <source>Record the result of consideration</source>
        <translation>Внести результат рассмотрения</translation>
    </message>
    <message>
        <source>Re&amp;move from control…</source>
        <translation>&amp;Снять с контроля…</translation>
    </message>
    <message>
        <source>Remove the card from control once the result is recorded and the reply has gone out</source>
        <translation>Снять карточку с контроля, когда результат внесён и ответ отправлен</translation>
    </message>
    <message>
        <source>Res&amp;ume control…</source>
        <translation>&amp;Возобновить контроль…</translation>
    </message>
    <message>
        <source>Put the card back under control</source>
        <translation>Вернуть карточку на контроль</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Срок исполнения:</translation>
    </message>
    <message>
        <source>Executors:</source>
        <translation>Исполнители:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Резолюция:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Продление:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ControlReportPrint</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Kind and summary</source>
        <translation>Вид и краткое содержание</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Ответственные исполнители</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>overdue: %1, due soon: %2</source>
        <translation>просрочено: %1, срок истекает: %2</translation>
    </message>
    <message>
        <source>(personal data withheld)</source>
        <translation>(персональные данные не выводятся)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Total: %1 appeals, %2</source>
        <translation>Итого: %1 обращений, %2</translation>
    </message>
    <message>
        <source>BIN %1</source>
        <translation>БИН %1</translation>
    </message>
    <message>
        <source>Overdue and due within %1 days, on %2</source>
        <translation>Просроченные и со сроком в ближайшие %1 дн., на %2</translation>
    </message>
    <message>
        <source>CONTROL REPORT</source>
        <translation>ОТЧЁТ О КОНТРОЛЕ ИСПОЛНЕНИЯ</translation>
    </message>
    <message>
        <source>Control report</source>
        <translation>Отчёт о контроле исполнения</translation>
    </message>
    <message>
        <source>Due within (days):</source>
        <translation>Срок в пределах (дней):</translation>
    </message>
    <message>
        <source>Preview/Print…</source>
        <translation>Просмотр/Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Отчёт готовится…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Сохранено: %1 (%2 стр.).</translation>
    </message>
</context>
<context>
    <name>ControlResult</name>
    <message>
        <source>Satisfied</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <source>Partially satisfied</source>
        <translation>Удовлетворено частично</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Отказано в удовлетворении</translation>
    </message>
    <message>
        <source>Consideration refused</source>
        <translation>Отказано в рассмотрении</translation>
    </message>
    <message>
        <source>Forwarded by competence</source>
        <translation>Направлено по компетенции</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Отозвано заявителем</translation>
    </message>
    <message>
        <source>Left without consideration</source>
        <translation>Оставлено без рассмотрения</translation>
    </message>
</context>
<context>
    <name>ControlStatus</name>
    <message>
        <source>Not assigned yet</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Результат внесён</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Снято с контроля</translation>
    </message>
</context>
<context>
    <name>ControlTab</name>
    <message>
        <source>All executors</source>
        <translation>Все исполнители</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Appeals on execution control</source>
        <translation>Обращения на контроле исполнения</translation>
    </message>
    <message>
        <source>Earliest due date first</source>
        <translation>Сначала с ближайшим сроком</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>&amp;All on control</source>
        <translation>Все на контрол&amp;е</translation>
    </message>
    <message>
        <source>Due &amp;today</source>
        <translation>Срок сего&amp;дня</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>Срок в &amp;течение</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Просроченные</translation>
    </message>
    <message>
        <source>{0} ({1} open, {2} overdue)</source>
        <translation>{0} (на контроле {1}, просрочено {2})</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Due from today to this many days ahead</source>
        <translation>Срок исполнения — от сегодня до указанного числа дней вперёд</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Кате&amp;гория:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No appeals on control match this choice.</source>
        <translation>Обращений на контроле, подходящих под выбор, нет.</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Electronic copies</source>
        <translation>Электронные копии</translation>
    </message>
    <message>
        <source>Select a card in the journal to see its electronic copies.</source>
        <translation>Выберите карточку в журнале, чтобы увидеть её электронные копии.</translation>
    </message>
    <message>
        <source>Electronic copies of card No. {0}</source>
        <translation>Электронные копии карточки № {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This card has no electronic copies yet. Attach scans with the button on the right, or drag files from a folder onto the card&apos;s row in the journal.</source>
        <translation>У этой карточки пока нет электронных копий. Прикрепите сканы кнопкой справа или перетащите файлы из папки на строку карточки в журнале.</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Не распознано</translation>
    </message>
    <message>
        <source>Text recognition failed for this file after several tries. The copy itself is stored intact.</source>
        <translation>Распознать текст этого файла не удалось после нескольких попыток. Сама копия сохранена без изменений.</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Распознан</translation>
    </message>
    <message>
        <source>No text found</source>
        <translation>Текст не найден</translation>
    </message>
    <message>
        <source>No text was found on the pages: the scan may be blank or show only pictures.</source>
        <translation>На страницах не найден текст: возможно, скан пустой или на нём только изображения.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>The text will be recognised in the background.</source>
        <translation>Текст будет распознан в фоновом режиме.</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Attach electronic copies to the selected card (Ctrl+Shift+A)</source>
        <translation>Прикрепить электронные копии к выбранной карточке (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>CopyDialogs</name>
    <message>
        <source>Scans: PDF, TIFF, JPEG ({0})</source>
        <translation>Отсканированные документы: PDF, TIFF, JPEG ({0})</translation>
    </message>
    <message>
        <source>All files ({0})</source>
        <translation>Все файлы ({0})</translation>
    </message>
    <message>
        <source>Choose the electronic copies to attach</source>
        <translation>Выберите электронные копии для прикрепления</translation>
    </message>
</context>
<context>
    <name>CopyRole</name>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Proof of delivery</source>
        <translation>Подтверждение доставки</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>CopyRoleHint</name>
    <message>
        <source>The scanned appeal itself</source>
        <translation>Отсканированное обращение</translation>
    </message>
    <message>
        <source>Documents attached to the appeal: receipts, contracts, photographs</source>
        <translation>Документы, приложенные к обращению: чеки, договоры, фотографии</translation>
    </message>
    <message>
        <source>A postal receipt, a notice of delivery or another proof of sending or receiving</source>
        <translation>Почтовая квитанция, уведомление о вручении или другое подтверждение отправки или получения</translation>
    </message>
    <message>
        <source>The applicant&apos;s consent to the processing of personal data</source>
        <translation>Согласие заявителя на обработку персональных данных</translation>
    </message>
    <message>
        <source>Evidence, for example screenshots of an online seller&apos;s pages</source>
        <translation>Доказательства, например снимки экрана страниц интернет-продавца</translation>
    </message>
    <message>
        <source>The signed reply</source>
        <translation>Подписанный ответ</translation>
    </message>
</context>
<context>
    <name>CriteriaForm</name>
    <message>
        <source>Any journal</source>
        <translation>Любой журнал</translation>
    </message>
    <message>
        <source>All incoming journals</source>
        <translation>Все журналы входящих</translation>
    </message>
    <message>
        <source>All outgoing journals</source>
        <translation>Все журналы исходящих</translation>
    </message>
    <message>
        <source>Any executor</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Дата регистрации:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Срок исполнения:</translation>
    </message>
    <message>
        <source>Registration No.:</source>
        <translation>Рег. номер:</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал поступления:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN:</source>
        <translation>ИИН заявителя:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Сторона-ответчик:</translation>
    </message>
    <message>
        <source>Respondent&apos;s BIN:</source>
        <translation>БИН ответчика:</translation>
    </message>
    <message>
        <source>Amount, ₸:</source>
        <translation>Сумма, ₸:</translation>
    </message>
    <message>
        <source>Control status:</source>
        <translation>Состояние контроля:</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Ответственный исполнитель:</translation>
    </message>
    <message>
        <source>Court matter:</source>
        <translation>Судебное дело:</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <source>Find every number that begins with what is typed, such as 01/A- or 01/A-12</source>
        <translation>Найти все номера, которые начинаются с набранного, например 01/A- или 01/A-12</translation>
    </message>
    <message>
        <source>the whole number</source>
        <translation>полный номер</translation>
    </message>
    <message>
        <source>surname, or its beginning</source>
        <translation>фамилия или её начало</translation>
    </message>
    <message>
        <source>The name as the card has it, surname first; its beginning is enough. For an organisation, the beginning of its name.</source>
        <translation>Имя, как в карточке, начиная с фамилии; достаточно начала. Для организации — начало её названия.</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>часть названия</translation>
    </message>
    <message>
        <source>Any part of the seller&apos;s or organizer&apos;s name</source>
        <translation>Любая часть названия продавца или организатора</translation>
    </message>
    <message>
        <source>from</source>
        <comment>a date</comment>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a date</comment>
        <translation>по</translation>
    </message>
    <message>
        <source>Registered on this day or later (Astana time)</source>
        <translation>Зарегистрированы в этот день или позже (время Астаны)</translation>
    </message>
    <message>
        <source>Registered on this day or earlier (Astana time)</source>
        <translation>Зарегистрированы в этот день или раньше (время Астаны)</translation>
    </message>
    <message>
        <source>from</source>
        <comment>an amount</comment>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <comment>an amount</comment>
        <translation>до</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>только просроченные</translation>
    </message>
    <message>
        <source>On execution control and past the due date</source>
        <translation>На контроле исполнения, срок исполнения истёк</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Court matters only</source>
        <translation>Только судебные</translation>
    </message>
    <message>
        <source>No court matters</source>
        <translation>Без судебных</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data and language</source>
        <translation>Данные и язык</translation>
    </message>
    <message>
        <source>The folder cannot be opened here. Its path is shown above.</source>
        <translation>Папку здесь открыть нельзя. Её путь указан выше.</translation>
    </message>
    <message>
        <source>Where this registry keeps its data, the language of the program on this computer, and when an idle window locks itself.</source>
        <translation>Где этот реестр хранит данные, язык программы на этом компьютере и когда окно без действий блокируется.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>The electronic copies are kept in this folder, and the database too unless it is on a server. Back it up regularly.</source>
        <translation>В этой папке хранятся электронные копии, а также база данных, если она не на сервере. Регулярно делайте её резервную копию.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>The same choice as in the Language menu; it applies to this computer only.</source>
        <translation>То же, что в меню «Язык»; действует только на этом компьютере.</translation>
    </message>
    <message>
        <source>Lock the window after this many &amp;idle minutes:</source>
        <translation>Блокировать окно после стольких &amp;минут без действий:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>With no key press or click for this long, the window hides the registry until the password is typed again. It applies to this computer.</source>
        <translation>Если за это время не нажата ни одна клавиша и не было щелчка, окно скрывает реестр, пока пароль не будет введён снова. Действует на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>DeadlineRule</name>
    <message>
        <source>A seller&apos;s answer to a consumer&apos;s claim</source>
        <translation>Ответ продавца на претензию потребителя</translation>
    </message>
    <message>
        <source>Consideration by the pre-trial settlement body</source>
        <translation>Рассмотрение субъектом досудебного урегулирования</translation>
    </message>
    <message>
        <source>An appeal to a state body</source>
        <translation>Обращение в государственный орган</translation>
    </message>
    <message>
        <source>Extension of an appeal to a state body, at most</source>
        <translation>Продление срока по обращению в государственный орган, не более</translation>
    </message>
    <message>
        <source>Telling the applicant of an extension</source>
        <translation>Уведомление заявителя о продлении срока</translation>
    </message>
    <message>
        <source>Forwarding by competence</source>
        <translation>Направление по компетенции</translation>
    </message>
    <message>
        <source>A decision to refuse consideration</source>
        <translation>Решение об отказе в рассмотрении</translation>
    </message>
    <message>
        <source>A personal data subject&apos;s request; a notice of a breach</source>
        <translation>Запрос субъекта персональных данных; уведомление о нарушении</translation>
    </message>
    <message>
        <source>A notice of a personal data transfer</source>
        <translation>Уведомление о передаче персональных данных</translation>
    </message>
    <message>
        <source>Consumer Protection Law, art. 42-4</source>
        <translation>Закон «О защите прав потребителей», ст. 42-4</translation>
    </message>
    <message>
        <source>Not set by law (arts. 42-8, 42-9 set none): the body&apos;s own period</source>
        <translation>Законом не установлен (в ст. 42-8, 42-9 его нет): собственный срок субъекта</translation>
    </message>
    <message>
        <source>Administrative Procedural Code, art. 76</source>
        <translation>Административный процедурно-процессуальный кодекс, ст. 76</translation>
    </message>
    <message>
        <source>Consumer Protection Law, art. 42-6</source>
        <translation>Закон «О защите прав потребителей», ст. 42-6</translation>
    </message>
    <message>
        <source>Law on personal data, art. 25</source>
        <translation>Закон «О персональных данных и их защите», ст. 25</translation>
    </message>
    <message>
        <source>Law on personal data, art. 19</source>
        <translation>Закон «О персональных данных и их защите», ст. 19</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesPage</name>
    <message>
        <source>Deadline rules</source>
        <translation>Правила сроков</translation>
    </message>
    <message>
        <source>The periods by which due dates are counted. A changed period applies to appeals registered from now on; appeals already on control keep their due dates.</source>
        <translation>Периоды, по которым рассчитываются сроки исполнения. Изменённый период применяется к обращениям, зарегистрированным с этого момента; у обращений, уже стоящих на контроле, сроки не меняются.</translation>
    </message>
    <message>
        <source>Appeals: {0}</source>
        <translation>Обращения: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Основание: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Restore the period set by law or shipped with the program: {0} ({1})</source>
        <translation>Вернуть период, установленный законом или заданный в программе: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>The appeals in this registry are invented, and you work in it as an invented demo user with every role. Your own registry is not changed.</source>
        <translation>Обращения в этом реестре вымышленные, и вы работаете в нём как вымышленный демо-пользователь со всеми ролями. Ваш собственный реестр не изменяется.</translation>
    </message>
    <message>
        <source>Back to my registry</source>
        <translation>Вернуться к своему реестру</translation>
    </message>
</context>
<context>
    <name>DestructionAct</name>
    <message>
        <source>The retention period ran out</source>
        <translation>Истёк срок хранения</translation>
    </message>
    <message>
        <source>The purpose of processing was achieved</source>
        <translation>Цель обработки достигнута</translation>
    </message>
    <message>
        <source>The person withdrew consent</source>
        <translation>Субъект отозвал согласие</translation>
    </message>
    <message>
        <source>A court decision in force</source>
        <translation>Вступившее в силу решение суда</translation>
    </message>
    <message>
        <source>Unlawful processing was found</source>
        <translation>Выявлена незаконная обработка</translation>
    </message>
    <message>
        <source>Another case provided by law</source>
        <translation>Иной случай, предусмотренный законом</translation>
    </message>
    <message>
        <source>personal data of the card destroyed</source>
        <translation>персональные данные карточки уничтожены</translation>
    </message>
    <message>
        <source>the person erased from a collective card</source>
        <translation>лицо удалено из коллективной карточки</translation>
    </message>
    <message>
        <source>mentions of the person removed</source>
        <translation>упоминания лица удалены</translation>
    </message>
    <message>
        <source>unfiled scan destroyed</source>
        <translation>неподшитый скан уничтожен</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>заявители</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>записи истории</translation>
    </message>
    <message>
        <source>electronic copies</source>
        <translation>электронные копии</translation>
    </message>
    <message>
        <source>recognised pages</source>
        <translation>распознанные страницы</translation>
    </message>
    <message>
        <source>control texts</source>
        <translation>тексты контроля</translation>
    </message>
    <message>
        <source>words removed from the text</source>
        <translation>удалено слов из текста</translation>
    </message>
    <message>
        <source>words removed from scans&apos; text</source>
        <translation>удалено слов из текста сканов</translation>
    </message>
    <message>
        <source>consents and other grounds for processing</source>
        <translation>согласия и иные основания обработки</translation>
    </message>
    <message>
        <source>removed from control</source>
        <translation>снято с контроля</translation>
    </message>
    <message>
        <source>Act No. {0} on the destruction of personal data</source>
        <translation>Акт № {0} об уничтожении персональных данных</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Рабочее место:</translation>
    </message>
    <message>
        <source>Ground:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Обоснование:</translation>
    </message>
    <message>
        <source>Records destroyed:</source>
        <translation>Уничтожено записей:</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Уничтожено</translation>
    </message>
    <message>
        <source>Scans to review by hand</source>
        <translation>Сканы нужно просмотреть вручную</translation>
    </message>
    <message>
        <source>The data were destroyed irreversibly: removed from the tables, the search index, the recognised text and the stored files, and the freed space overwritten. Their removal from the central store is queued. The audit trail keeps the record of this destruction.</source>
        <translation>Данные уничтожены безвозвратно: удалены из таблиц, поискового индекса, распознанного текста и хранимых файлов, освобождённое место перезаписано. Их удаление из центрального хранилища поставлено в очередь. Журнал аудита хранит запись об этом уничтожении.</translation>
    </message>
    <message>
        <source>Commission / responsible person:</source>
        <translation>Комиссия / ответственное лицо:</translation>
    </message>
    <message>
        <source>Drawn up by: {0}</source>
        <translation>Составил: {0}</translation>
    </message>
</context>
<context>
    <name>DestructionFlow</name>
    <message>
        <source>Records &amp;due for destruction…</source>
        <translation>Записи, подлежащие &amp;уничтожению…</translation>
    </message>
    <message>
        <source>Records whose retention period ran out: destroy them with an act</source>
        <translation>Записи с истёкшим сроком хранения: уничтожить их по акту</translation>
    </message>
    <message>
        <source>A &amp;person&apos;s data…</source>
        <translation>Данные &amp;лица…</translation>
    </message>
    <message>
        <source>What the registry holds about a person: report, block, destroy</source>
        <translation>Что реестр хранит о лице: отчёт, блокирование, уничтожение</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящее</translation>
    </message>
</context>
<context>
    <name>DueDates</name>
    <message>
        <source>Overdue by {0} days</source>
        <translation>Просрочено на {0} дн.</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Просрочено на 1 день</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>Остался 1 день</translation>
    </message>
    <message>
        <source>{0} days left</source>
        <translation>Осталось {0} дн.</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Incoming appeals</source>
        <translation>Входящие обращения</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <source>Unfiled scans</source>
        <translation>Неподшитые сканы</translation>
    </message>
    <message>
        <source>Records due for destruction</source>
        <translation>Записи, подлежащие уничтожению</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Period counted from</source>
        <translation>Срок исчисляется с</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Подлежит с</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копии</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выбрать &amp;все</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Уничтожить…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Due for destruction: incoming appeals {0}, outgoing letters {1}, unfiled scans {2}.</source>
        <translation>Подлежат уничтожению: входящие обращения {0}, исходящие письма {1}, неподшитые сканы {2}.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>Similar cards: {0}</source>
        <translation>Похожие карточки: {0}</translation>
    </message>
    <message>
        <source>This looks like an appeal registered already.</source>
        <translation>Похоже, это обращение уже зарегистрировано.</translation>
    </message>
    <message>
        <source>Compare the paper with these cards. If it is a different document, register it anyway.</source>
        <translation>Сверьте документ с этими карточками. Если это другой документ, всё равно зарегистрируйте его.</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation>&amp;Всё равно зарегистрировать</translation>
    </message>
    <message>
        <source>It is a different document: register it</source>
        <translation>Это другой документ: зарегистрировать</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>В&amp;ернуться</translation>
    </message>
    <message>
        <source>Do not register; return to the form to check it</source>
        <translation>Не регистрировать; вернуться к форме и проверить</translation>
    </message>
</context>
<context>
    <name>EncryptionFlow</name>
    <message>
        <source>&amp;Encrypt the registry…</source>
        <translation>&amp;Зашифровать реестр…</translation>
    </message>
    <message>
        <source>Encrypt the registry</source>
        <translation>Шифрование реестра</translation>
    </message>
    <message>
        <source>The registry closes, its database and electronic copies are encrypted, and it opens again: everyone signs in again. With many copies it takes a while.

Close clerk-app in every other window and on every other computer that uses this data folder first.

Encrypt the registry now?</source>
        <translation>Реестр закроется, его база данных и электронные копии будут зашифрованы, затем он откроется снова: всем нужно будет войти заново. Если копий много, это займёт некоторое время.

Сначала закройте clerk-app во всех других окнах и на всех других компьютерах, которые используют эту папку данных.

Зашифровать реестр сейчас?</translation>
    </message>
    <message>
        <source>Encrypting the database and the electronic copies: {0} of {1}.</source>
        <translation>Шифрование базы данных и электронных копий: {0} из {1}.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Шифрование базы данных…</translation>
    </message>
    <message>
        <source>Encrypting the registry…</source>
        <translation>Шифрование реестра…</translation>
    </message>
    <message>
        <source>The encryption stopped, and the state of the registry cannot be read now.</source>
        <translation>Шифрование прервано, а текущее состояние реестра сейчас не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The registry is encrypted, but the encryption did not finish cleanly. An administrator shows the recovery code in Settings › Data and writes it down.</source>
        <translation>Реестр зашифрован, но шифрование завершилось не полностью. Администратор открывает код восстановления в разделе Настройки › Данные и записывает его.</translation>
    </message>
    <message>
        <source>The registry is open in another window or on another computer. Close it there and try again. Nothing was changed.</source>
        <translation>Реестр открыт в другом окне или на другом компьютере. Закройте его там и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The registry was not encrypted; it is as it was.</source>
        <translation>Реестр не зашифрован; он остался прежним.</translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>диспетчер учётных данных Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>связка ключей macOS (Keychain)</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring, KeePassXC)</source>
        <translation>хранилище ключей Secret Service (GNOME Keyring, KeePassXC)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>системное хранилище ключей</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>хранилища ключей нет</translation>
    </message>
    <message>
        <source>Encryption at rest:</source>
        <translation>Шифрование хранимых данных:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the registry…</source>
        <translation>&amp;Зашифровать реестр…</translation>
    </message>
    <message>
        <source>Show the &amp;recovery code…</source>
        <translation>Показать код &amp;восстановления…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>The database is on a server.</source>
        <translation>База данных находится на сервере.</translation>
    </message>
    <message>
        <source>Protect the server&apos;s disk with the server&apos;s own encryption. Only the electronic copies are kept on this computer.</source>
        <translation>Защитите диск сервера собственным шифрованием сервера. На этом компьютере хранятся только электронные копии.</translation>
    </message>
    <message>
        <source>Encrypted. The key is kept in {0}.</source>
        <translation>Зашифрован. Ключ хранится здесь: {0}.</translation>
    </message>
    <message>
        <source>The database and every electronic copy in the data folder are encrypted. Keep the recovery code on paper in the safe: it opens the registry on another computer if this one&apos;s keyring is lost.</source>
        <translation>База данных и все электронные копии в папке данных зашифрованы. Храните код восстановления на бумаге в сейфе: он откроет реестр на другом компьютере, если хранилище ключей этого компьютера будет утрачено.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Не зашифрован.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in, so the registry cannot be encrypted here. See docs/security.md.</source>
        <translation>На этом компьютере нет хранилища ключей, где можно хранить ключ, поэтому реестр здесь зашифровать нельзя. См. docs/security.md.</translation>
    </message>
    <message>
        <source>Anyone who can read the data folder (a lost laptop, another account on this computer) can read the cards and the copies. An administrator can encrypt the registry: the key is kept in {0}.</source>
        <translation>Любой, кто может прочитать папку данных (потерянный ноутбук, другая учётная запись на этом компьютере), может прочитать карточки и копии. Администратор может зашифровать реестр: ключ хранится здесь: {0}.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The registry cannot be opened.</source>
        <translation>Не удаётся открыть реестр.</translation>
    </message>
    <message>
        <source>The data folder cannot be created. Check that the disk is available and that you may write to it.</source>
        <translation>Не удаётся создать папку с данными. Проверьте, что диск доступен и у вас есть право записи на него.</translation>
    </message>
    <message>
        <source>The database does not answer. Check the network connection or ask the administrator.</source>
        <translation>База данных не отвечает. Проверьте подключение к сети или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The database address in the settings is not valid. Ask the administrator to check it.</source>
        <translation>Адрес базы данных в настройках указан неверно. Попросите администратора проверить его.</translation>
    </message>
    <message>
        <source>The database cannot be opened or upgraded. Ask the administrator for help.</source>
        <translation>Не удаётся открыть или обновить базу данных. Обратитесь за помощью к администратору.</translation>
    </message>
    <message>
        <source>The card was not found.</source>
        <translation>Карточка не найдена.</translation>
    </message>
    <message>
        <source>It may have been removed at another workstation. Refresh the journal (F5).</source>
        <translation>Возможно, она удалена на другом рабочем месте. Обновите журнал (F5).</translation>
    </message>
    <message>
        <source>The file is no longer among the unfiled files.</source>
        <translation>Этого файла больше нет среди неразобранных файлов.</translation>
    </message>
    <message>
        <source>It has been attached to a card already, perhaps at another workstation. The list has been refreshed.</source>
        <translation>Он уже прикреплён к карточке, возможно, на другом рабочем месте. Список обновлён.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Нечего искать.</translation>
    </message>
    <message>
        <source>Type a word, a number or a phrase in quotes. Signs alone are not searched, and a minus only leaves words out.</source>
        <translation>Введите слово, число или фразу в кавычках. Одни знаки не ищутся, а минус только исключает слова.</translation>
    </message>
    <message>
        <source>The file was not attached.</source>
        <translation>Файл не прикреплён.</translation>
    </message>
    <message>
        <source>This very file is already attached to the card as the same document. Nothing needs to be done.</source>
        <translation>Этот же файл уже прикреплён к карточке как тот же документ. Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>The period cannot be printed.</source>
        <translation>Этот период нельзя напечатать.</translation>
    </message>
    <message>
        <source>The first day must come before the last, and the period be at most ten years.</source>
        <translation>Первый день должен быть раньше последнего, а период — не длиннее десяти лет.</translation>
    </message>
    <message>
        <source>The journal changed while it was being laid out.</source>
        <translation>Журнал изменился, пока он размечался на страницы.</translation>
    </message>
    <message>
        <source>Cards of this period were changed at another workstation. Print it again.</source>
        <translation>Карточки этого периода изменены на другом рабочем месте. Напечатайте ещё раз.</translation>
    </message>
    <message>
        <source>This document cannot be saved in that format.</source>
        <translation>Этот документ нельзя сохранить в таком формате.</translation>
    </message>
    <message>
        <source>Choose one of the file types the save dialog offers.</source>
        <translation>Выберите один из типов файлов, предложенных в окне сохранения.</translation>
    </message>
    <message>
        <source>The layout template of the quarterly information cannot be read.</source>
        <translation>Файл шаблона ежеквартальной информации не читается.</translation>
    </message>
    <message>
        <source>Choose a JSON file in UTF-8 of at most 256 KiB, or the built-in layout.</source>
        <translation>Выберите JSON-файл в UTF-8 не больше 256 КиБ или встроенный шаблон.</translation>
    </message>
    <message>
        <source>The layout template of the quarterly information has a mistake.</source>
        <translation>В шаблоне ежеквартальной информации есть ошибка.</translation>
    </message>
    <message>
        <source>The details say where; correct the file (see docs/quarterly.md) or use the built-in layout.</source>
        <translation>Где именно — сказано в подробностях; исправьте файл (см. docs/quarterly.md) или используйте встроенный шаблон.</translation>
    </message>
    <message>
        <source>There is no such quarter.</source>
        <translation>Такого квартала нет.</translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4 of a year the registry can hold.</source>
        <translation>Выберите квартал с 1 по 4 года, который может быть в реестре.</translation>
    </message>
    <message>
        <source>A receipt is given for an incoming appeal only.</source>
        <translation>Талон выдаётся только на входящее обращение.</translation>
    </message>
    <message>
        <source>For an outgoing letter print its registration-control card.</source>
        <translation>Для исходящего письма напечатайте его регистрационно-контрольную карточку.</translation>
    </message>
    <message>
        <source>The file cannot be written there.</source>
        <translation>Файл нельзя записать туда.</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translation>Выберите другую папку или закройте файл, если он открыт в другой программе.</translation>
    </message>
    <message>
        <source>The registry is encrypted and this computer&apos;s keyring does not hold its key. The administrator puts it back with the recovery code kept on paper: clerk-app encryption recover.</source>
        <translation>Реестр зашифрован, а в хранилище ключей этого компьютера нет его ключа. Администратор восстановит его с помощью кода восстановления, хранящегося на бумаге: clerk-app encryption recover.</translation>
    </message>
    <message>
        <source>A restore from a backup was interrupted and its files are half in place. The administrator finishes it first: clerk-app restore --resume.</source>
        <translation>Восстановление из резервной копии было прервано, его файлы на месте лишь частично. Администратор сначала завершает его: clerk-app restore --resume.</translation>
    </message>
    <message>
        <source>The registry is being encrypted right now. Wait until that is done and open it again.</source>
        <translation>Реестр сейчас шифруется. Дождитесь окончания и откройте его снова.</translation>
    </message>
    <message>
        <source>The file encryption.json in the data folder is damaged or comes from a newer version of clerk-app. Ask the administrator (see docs/security.md).</source>
        <translation>Файл encryption.json в папке данных повреждён или создан более новой версией clerk-app. Обратитесь к администратору (см. docs/security.md).</translation>
    </message>
    <message>
        <source>The registry is encrypted and its key is kept in the system keyring, which does not answer. Sign in to this computer as usual (the keyring opens with the session) or ask the administrator.</source>
        <translation>Реестр зашифрован, его ключ хранится в системном хранилище ключей, которое не отвечает. Войдите в компьютер как обычно (хранилище открывается вместе с сеансом) или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <translation>Операция отклонена.</translation>
    </message>
    <message>
        <source>Check the data and try again.</source>
        <translation>Проверьте данные и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, tell the administrator; the details are in the log file.</source>
        <translation>Попробуйте ещё раз. Если ошибка повторится, сообщите администратору: подробности записаны в лог-файл.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, and type them again. After 5 wrong passwords in a row the login is locked for 15 minutes.</source>
        <translation>Проверьте раскладку клавиатуры и Caps Lock и введите их снова. После 5 неверных паролей подряд логин блокируется на 15 минут.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this login is locked until {0} (Astana time).</source>
        <translation>Слишком много неверных паролей: этот логин заблокирован до {0} (время Астаны).</translation>
    </message>
    <message>
        <source>Wait until then, or ask the administrator to set a new password, which lifts the lock.</source>
        <translation>Подождите до этого времени или попросите администратора задать новый пароль: это снимает блокировку.</translation>
    </message>
    <message>
        <source>This account is blocked.</source>
        <translation>Эта учётная запись заблокирована.</translation>
    </message>
    <message>
        <source>Ask the administrator to unblock it.</source>
        <translation>Попросите администратора разблокировать её.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль этого не позволяет.</translation>
    </message>
    <message>
        <source>If your work needs it, ask the administrator to give your account the role.</source>
        <translation>Если это нужно для работы, попросите администратора дать вашей учётной записи такую роль.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Этот пароль слишком легко угадать.</translation>
    </message>
    <message>
        <source>Use at least {0} characters, not the login, and not one character over and over.</source>
        <translation>Используйте не меньше {0} символов; не логин и не один и тот же символ подряд.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Никто не вошёл в систему.</translation>
    </message>
    <message>
        <source>Sign in again, then repeat what you did.</source>
        <translation>Войдите снова и повторите действие.</translation>
    </message>
    <message>
        <source>The confidentiality undertaking is not accepted yet.</source>
        <translation>Обязательство о конфиденциальности ещё не принято.</translation>
    </message>
    <message>
        <source>Sign in again and accept it to work in the registry.</source>
        <translation>Войдите снова и примите его, чтобы работать в реестре.</translation>
    </message>
    <message>
        <source>This registry has no accounts yet.</source>
        <translation>В этом реестре ещё нет учётных записей.</translation>
    </message>
    <message>
        <source>Open it in the program to create the administrator&apos;s account.</source>
        <translation>Откройте его в программе, чтобы создать учётную запись администратора.</translation>
    </message>
    <message>
        <source>The administrator&apos;s account exists already.</source>
        <translation>Учётная запись администратора уже существует.</translation>
    </message>
    <message>
        <source>It was created meanwhile, perhaps at another workstation. Sign in with it.</source>
        <translation>Она была создана за это время, возможно, на другом рабочем месте. Войдите с ней.</translation>
    </message>
    <message>
        <source>This is the last administrator.</source>
        <translation>Это последний администратор.</translation>
    </message>
    <message>
        <source>Give another account the administrator role first: otherwise nobody could manage accounts.</source>
        <translation>Сначала дайте роль администратора другой учётной записи: иначе управлять учётными записями будет некому.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Такой учётной записи нет.</translation>
    </message>
    <message>
        <source>The list has been read again.</source>
        <translation>Список прочитан заново.</translation>
    </message>
    <message>
        <source>The appeal cannot be forwarded: no legal ground allows transferring the data of {0}.</source>
        <translation>Обращение нельзя направить: нет законного основания для передачи данных: {0}.</translation>
    </message>
    <message>
        <source>Open Card › Personal data grounds… and record their consent with transfer to third parties allowed, or a case of processing without consent (art. 9). Then record the result again.</source>
        <translation>Откройте Карточка › Основания обработки персональных данных… и запишите согласие с разрешением передачи третьим лицам или случай обработки без согласия (ст. 9). Затем снова запишите результат.</translation>
    </message>
    <message>
        <source>The data cannot be written out: the consent of {0} was withdrawn or has expired.</source>
        <translation>Данные нельзя выгрузить: согласие ({0}) отозвано или истекло.</translation>
    </message>
    <message>
        <source>Their data are only stored until destruction.</source>
        <translation>Их данные только хранятся до уничтожения.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Это согласие уже отозвано.</translation>
    </message>
    <message>
        <source>This consent is no longer in force and cannot be taken over.</source>
        <translation>Это согласие больше не действует, и его нельзя перенести.</translation>
    </message>
    <message>
        <source>It was withdrawn or its term ended meanwhile. Record a new consent of the person.</source>
        <translation>Тем временем его отозвали или его срок истёк. Запишите новое согласие этого лица.</translation>
    </message>
    <message>
        <source>This consent was given by another person.</source>
        <translation>Это согласие дало другое лицо.</translation>
    </message>
    <message>
        <source>The IIN on this card differs from the IIN of the consent. Record the person&apos;s own consent.</source>
        <translation>ИИН на этой карточке отличается от ИИН в согласии. Запишите собственное согласие этого лица.</translation>
    </message>
    <message>
        <source>This is a case of processing without consent (art. 9), not a consent.</source>
        <translation>Это не согласие, а случай обработки без согласия (ст. 9).</translation>
    </message>
    <message>
        <source>It has no signed form and is not withdrawn. Record a consent or another case instead.</source>
        <translation>У него нет подписанной формы, и он не отзывается. Вместо этого запишите согласие или другой случай.</translation>
    </message>
    <message>
        <source>This ground is no longer recorded.</source>
        <translation>Это основание больше не записано.</translation>
    </message>
    <message>
        <source>It may have been removed with the card&apos;s personal data. Close this window and open it again.</source>
        <translation>Возможно, оно удалено вместе с персональными данными карточки. Закройте это окно и откройте его снова.</translation>
    </message>
    <message>
        <source>This applicant is not a natural person on the card any more.</source>
        <translation>Этот заявитель больше не является физическим лицом на карточке.</translation>
    </message>
    <message>
        <source>The card was changed meanwhile. Close this window and open it again.</source>
        <translation>Тем временем карточку изменили. Закройте это окно и откройте его снова.</translation>
    </message>
    <message>
        <source>The consent form must be an electronic copy of the same card.</source>
        <translation>Форма согласия должна быть электронной копией той же карточки.</translation>
    </message>
    <message>
        <source>Attach the scanned form to this card.</source>
        <translation>Прикрепите отсканированную форму к этой карточке.</translation>
    </message>
    <message>
        <source>The registration number is taken already.</source>
        <translation>Этот регистрационный номер уже занят.</translation>
    </message>
    <message>
        <source>Nothing was registered. Ask the administrator to check the journal&apos;s number template.</source>
        <translation>Ничего не зарегистрировано. Попросите администратора проверить шаблон номера журнала.</translation>
    </message>
    <message>
        <source>This breach is not in the register.</source>
        <translation>Этого нарушения нет в реестре.</translation>
    </message>
    <message>
        <source>Close this window and look at the register again.</source>
        <translation>Закройте это окно и посмотрите реестр снова.</translation>
    </message>
    <message>
        <source>This breach is closed and no longer changes.</source>
        <translation>Это нарушение закрыто и больше не изменяется.</translation>
    </message>
    <message>
        <source>It was closed meanwhile, perhaps at another workstation. Close this window and look at the register again.</source>
        <translation>Тем временем его закрыли, возможно, на другом рабочем месте. Закройте это окно и посмотрите реестр снова.</translation>
    </message>
    <message>
        <source>The notice of this breach is recorded already.</source>
        <translation>Уведомление об этом нарушении уже записано.</translation>
    </message>
    <message>
        <source>It was recorded meanwhile, perhaps at another workstation. Close this window and look at the register again.</source>
        <translation>Тем временем его записали, возможно, на другом рабочем месте. Закройте это окно и посмотрите реестр снова.</translation>
    </message>
    <message>
        <source>The breach could not be given a number.</source>
        <translation>Нарушению не удалось присвоить номер.</translation>
    </message>
    <message>
        <source>Another breach was recorded at the same moment. Save it again.</source>
        <translation>В тот же момент было записано другое нарушение. Сохраните ещё раз.</translation>
    </message>
    <message>
        <source>The personal data on this card are blocked.</source>
        <translation>Персональные данные этой карточки заблокированы.</translation>
    </message>
    <message>
        <source>Nothing can be done with the card until the personal-data officer unblocks them.</source>
        <translation>С карточкой ничего нельзя делать, пока ответственный за персональные данные их не разблокирует.</translation>
    </message>
    <message>
        <source>The personal data of this card were destroyed.</source>
        <translation>Персональные данные этой карточки уничтожены.</translation>
    </message>
    <message>
        <source>Only its registration remains; it takes no new data.</source>
        <translation>Осталась только регистрация; новые данные в неё не вносятся.</translation>
    </message>
    <message>
        <source>The registry holds no data of a person with this IIN.</source>
        <translation>В реестре нет данных лица с этим ИИН.</translation>
    </message>
    <message>
        <source>Check the IIN.</source>
        <translation>Проверьте ИИН.</translation>
    </message>
    <message>
        <source>The number of records changed meanwhile.</source>
        <translation>Количество записей тем временем изменилось.</translation>
    </message>
    <message>
        <source>Nothing was destroyed. Look at the list again and confirm the new number.</source>
        <translation>Ничего не уничтожено. Просмотрите список ещё раз и подтвердите новое число.</translation>
    </message>
    <message>
        <source>Some of the records are not due for destruction.</source>
        <translation>Часть записей ещё не подлежит уничтожению.</translation>
    </message>
    <message>
        <source>Nothing was destroyed. The list has been read again.</source>
        <translation>Ничего не уничтожено. Список прочитан заново.</translation>
    </message>
    <message>
        <source>No record is chosen for destruction.</source>
        <translation>Не выбрано ни одной записи для уничтожения.</translation>
    </message>
    <message>
        <source>Select the records in the list first. Nothing was destroyed.</source>
        <translation>Сначала выберите записи в списке. Ничего не уничтожено.</translation>
    </message>
    <message>
        <source>There is no such destruction act.</source>
        <translation>Такого акта уничтожения нет.</translation>
    </message>
    <message>
        <source>Check the act&apos;s number. Nothing was changed.</source>
        <translation>Проверьте номер акта. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This person&apos;s data are blocked already.</source>
        <translation>Данные этого лица уже заблокированы.</translation>
    </message>
    <message>
        <source>The state has been read again.</source>
        <translation>Состояние прочитано заново.</translation>
    </message>
    <message>
        <source>This person&apos;s data are not blocked.</source>
        <translation>Данные этого лица не заблокированы.</translation>
    </message>
    <message>
        <source>The registry is in use.</source>
        <translation>Реестр используется.</translation>
    </message>
    <message>
        <source>It is open in another window, a command or on another computer, or a backup is being made. Close it there, wait for the backup to finish, and try again. Nothing was changed.</source>
        <translation>Он открыт в другом окне, команде или на другом компьютере, либо делается резервная копия. Закройте его там, дождитесь окончания резервного копирования и повторите. Ничего не изменено.</translation>
    </message>
    <message>
        <source>An electronic copy in the data folder is damaged.</source>
        <translation>Электронная копия в папке данных повреждена.</translation>
    </message>
    <message>
        <source>Nothing was changed. The administrator runs clerk-app verify and puts the damaged copies back from a backup first.</source>
        <translation>Ничего не изменено. Администратор сначала запускает clerk-app verify и восстанавливает повреждённые копии из резервной копии.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup.</source>
        <translation>Эта парольная фраза не открывает резервную копию.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with. Nothing was changed.</source>
        <translation>Введите парольную фразу, с которой была сделана резервная копия. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete.</source>
        <translation>Файл резервной копии повреждён или неполон.</translation>
    </message>
    <message>
        <source>Use another copy of the backup. Nothing was changed.</source>
        <translation>Используйте другой экземпляр резервной копии. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This is not a backup this version of clerk-app can read.</source>
        <translation>Эта версия clerk-app не может прочитать такую резервную копию.</translation>
    </message>
    <message>
        <source>Update clerk-app, or choose a backup made by this version.</source>
        <translation>Обновите clerk-app или выберите резервную копию, сделанную этой версией.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of clerk-app.</source>
        <translation>Резервная копия сделана более новой версией clerk-app.</translation>
    </message>
    <message>
        <source>Update clerk-app on this computer first. Nothing was changed.</source>
        <translation>Сначала обновите clerk-app на этом компьютере. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The audit trail in the backup was altered.</source>
        <translation>Журнал аудита в резервной копии изменён.</translation>
    </message>
    <message>
        <source>Do not use this backup: tell the administrator. Nothing was changed.</source>
        <translation>Не используйте эту резервную копию: сообщите администратору. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The registry holds newer data than the backup.</source>
        <translation>В реестре есть данные новее резервной копии.</translation>
    </message>
    <message>
        <source>The backup was not restored. Confirm the restore to replace the registry (it is kept aside).</source>
        <translation>Резервная копия не восстановлена. Подтвердите восстановление, чтобы заменить реестр (он будет сохранён отдельно).</translation>
    </message>
    <message>
        <source>An earlier restore was interrupted.</source>
        <translation>Предыдущее восстановление было прервано.</translation>
    </message>
    <message>
        <source>The administrator finishes it first: clerk-app restore --resume.</source>
        <translation>Администратор сначала завершает его: clerk-app restore --resume.</translation>
    </message>
    <message>
        <source>The note of an interrupted restore cannot be read.</source>
        <translation>Не удаётся прочитать запись о прерванном восстановлении.</translation>
    </message>
    <message>
        <source>Ask the administrator (see docs/backups.md, an interrupted restore).</source>
        <translation>Обратитесь к администратору (см. docs/backups.md, раздел о прерванном восстановлении).</translation>
    </message>
    <message>
        <source>No restore is waiting to be finished.</source>
        <translation>Нет восстановления, ожидающего завершения.</translation>
    </message>
    <message>
        <source>Nothing needs to be done.</source>
        <translation>Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>There is no backup passphrase.</source>
        <translation>Нет парольной фразы резервной копии.</translation>
    </message>
    <message>
        <source>Type the backup passphrase.</source>
        <translation>Введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>Парольная фраза слишком короткая.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>Парольная фраза должна содержать не менее {0} символов.</translation>
    </message>
    <message>
        <source>The passphrase cannot be kept on this computer.</source>
        <translation>Парольную фразу нельзя сохранить на этом компьютере.</translation>
    </message>
    <message>
        <source>The system keyring does not answer. Type the passphrase each time instead.</source>
        <translation>Системное хранилище ключей не отвечает. Вводите парольную фразу каждый раз.</translation>
    </message>
    <message>
        <source>A folder was chosen instead of a file.</source>
        <translation>Вместо файла выбрана папка.</translation>
    </message>
    <message>
        <source>Choose a file name for the backup.</source>
        <translation>Выберите имя файла для резервной копии.</translation>
    </message>
    <message>
        <source>The backup file cannot be read.</source>
        <translation>Не удаётся прочитать файл резервной копии.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may read the file.</source>
        <translation>Проверьте, что диск подключён и у вас есть право читать файл.</translation>
    </message>
    <message>
        <source>The central store does not answer.</source>
        <translation>Центральная база данных не отвечает.</translation>
    </message>
    <message>
        <source>Check the network connection and the address. Work here goes on meanwhile.</source>
        <translation>Проверьте сетевое подключение и адрес. Работа здесь тем временем продолжается.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the CA certificate file or the server&apos;s name. Ask the central store&apos;s administrator.</source>
        <translation>Сертификат сервера не соответствует файлу сертификата CA или имени сервера. Обратитесь к администратору центральной базы данных.</translation>
    </message>
    <message>
        <source>The central store&apos;s server does not offer encryption.</source>
        <translation>Сервер центральной базы данных не поддерживает шифрование.</translation>
    </message>
    <message>
        <source>Ask its administrator to turn on TLS, or, only on a trusted local network, choose the mode without encryption.</source>
        <translation>Попросите его администратора включить TLS или — только в доверенной локальной сети — выберите режим без шифрования.</translation>
    </message>
    <message>
        <source>This workstation&apos;s name already holds another store&apos;s history on the central store.</source>
        <translation>Под этим именем рабочего места в центральном хранилище уже есть история другого хранилища.</translation>
    </message>
    <message>
        <source>A desk set up again needs a new workstation: ask the administrator to add one (clerk-app central add-station NAME); every card, this desk&apos;s earlier ones included, then comes back.</source>
        <translation>Переустановленному рабочему месту нужно новое рабочее место: попросите администратора добавить его (clerk-app central add-station NAME); тогда вернутся все карточки, включая прежние карточки этого места.</translation>
    </message>
    <message>
        <source>It is taken in by itself once it no longer collides with a record here or on the central store. Tell the central store&apos;s administrator.</source>
        <translation>Она будет принята автоматически, как только перестанет конфликтовать с записью здесь или в центральной базе данных. Сообщите администратору центральной базы данных.</translation>
    </message>
    <message>
        <source>The central store did not accept this workstation&apos;s name or password.</source>
        <translation>Центральная база данных не приняла имя или пароль этого рабочего места.</translation>
    </message>
    <message>
        <source>Ask the central store&apos;s administrator for them and connect again in Settings.</source>
        <translation>Узнайте их у администратора центральной базы данных и подключитесь заново в Настройках.</translation>
    </message>
    <message>
        <source>The encrypted connection to the central store could not be made safely.</source>
        <translation>Не удалось безопасно установить зашифрованное соединение с центральной базой данных.</translation>
    </message>
    <message>
        <source>That database is not a central store of clerk-app.</source>
        <translation>Эта база данных не является центральной базой данных clerk-app.</translation>
    </message>
    <message>
        <source>Check the address. The central store&apos;s administrator creates one with clerk-app central init.</source>
        <translation>Проверьте адрес. Администратор создаёт центральную базу данных командой clerk-app central init.</translation>
    </message>
    <message>
        <source>The central store has no workstation of this name.</source>
        <translation>В центральной базе данных нет рабочего места с таким именем.</translation>
    </message>
    <message>
        <source>Check the name, or ask the administrator to add it: clerk-app central add-station NAME.</source>
        <translation>Проверьте имя или попросите администратора добавить его: clerk-app central add-station NAME.</translation>
    </message>
    <message>
        <source>Another workstation on the central store already has this code.</source>
        <translation>В центральной базе данных этот код уже есть у другого рабочего места.</translation>
    </message>
    <message>
        <source>Numbers would collide. Ask the central store&apos;s administrator which workstation this is.</source>
        <translation>Номера совпали бы. Уточните у администратора центральной базы данных, какое это рабочее место.</translation>
    </message>
    <message>
        <source>This workstation is not connected to a central store.</source>
        <translation>Это рабочее место не подключено к центральной базе данных.</translation>
    </message>
    <message>
        <source>An administrator connects it in Settings › Synchronisation.</source>
        <translation>Администратор подключает его в разделе Настройки › Синхронизация.</translation>
    </message>
    <message>
        <source>The synchronisation was interrupted.</source>
        <translation>Синхронизация прервана.</translation>
    </message>
    <message>
        <source>Nothing is lost: the next synchronisation goes on from where this one stopped.</source>
        <translation>Ничего не потеряно: следующая синхронизация продолжится с того места, где остановилась эта.</translation>
    </message>
    <message>
        <source>Another synchronisation is running.</source>
        <translation>Уже идёт другая синхронизация.</translation>
    </message>
    <message>
        <source>Wait until it ends; it sends and receives the same changes.</source>
        <translation>Дождитесь её окончания: она отправляет и получает те же изменения.</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <source>Perhaps at another workstation. The list has been read again.</source>
        <translation>Возможно, на другом рабочем месте. Список прочитан заново.</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database.</source>
        <translation>Это не адрес базы данных PostgreSQL.</translation>
    </message>
    <message>
        <source>Type it as postgresql://server:port/database.</source>
        <translation>Введите его в виде postgresql://сервер:порт/база.</translation>
    </message>
    <message>
        <source>The central store and this workstation run different versions of clerk-app.</source>
        <translation>В центральной базе данных и на этом рабочем месте разные версии clerk-app.</translation>
    </message>
    <message>
        <source>Update clerk-app here or on the central store (clerk-app central init upgrades it), so both are alike.</source>
        <translation>Обновите clerk-app здесь или в центральной базе данных (её обновляет clerk-app central init), чтобы версии совпадали.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring cannot keep the workstation&apos;s password.</source>
        <translation>Хранилище ключей этого компьютера не может сохранить пароль рабочего места.</translation>
    </message>
    <message>
        <source>Sign in to this computer as usual (the keyring opens with the session) or ask the administrator.</source>
        <translation>Войдите в компьютер как обычно (хранилище ключей открывается вместе с сеансом) или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The central store answered with an error.</source>
        <translation>Центральная база данных ответила ошибкой.</translation>
    </message>
    <message>
        <source>Try again later. If it happens again, tell the central store&apos;s administrator.</source>
        <translation>Повторите позже. Если ошибка повторится, сообщите администратору центральной базы данных.</translation>
    </message>
    <message>
        <source>This conflict is no longer recorded.</source>
        <translation>Этот конфликт больше не числится.</translation>
    </message>
    <message>
        <source>This sync problem is no longer recorded.</source>
        <translation>Эта проблема синхронизации больше не числится.</translation>
    </message>
    <message>
        <source>This record came from the central store and is tried again at every synchronisation.</source>
        <translation>Эта запись получена из центральной базы данных и принимается заново при каждой синхронизации.</translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation>Это не разрешено.</translation>
    </message>
    <message>
        <source>Either the workstation&apos;s role on the central store lacks the right (ask the central store&apos;s administrator), or your own role does not allow it.</source>
        <translation>Либо у роли рабочего места в центральной базе данных нет такого права (обратитесь к администратору центральной базы данных), либо это не разрешает ваша собственная роль.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Record processing without consent</source>
        <translation>Записать обработку без согласия</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>&amp;Case of the Law on personal data, art. 9:</source>
        <translation>&amp;Случай по ст. 9 Закона о персональных данных:</translation>
    </message>
    <message>
        <source>&amp;Note (the law and article; required for another law):</source>
        <translation>&amp;Примечание (закон и статья; обязательно для иного закона):</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the due date</source>
        <translation>Продление срока исполнения</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Продлить</translation>
    </message>
    <message>
        <source>Present due date: {0} ({1}).</source>
        <translation>Текущий срок исполнения: {0} ({1}).</translation>
    </message>
    <message>
        <source>The card has no due date yet.</source>
        <translation>У карточки пока нет срока исполнения.</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Новый срок исполнения:</translation>
    </message>
    <message>
        <source>&amp;Reason for the extension:</source>
        <translation>&amp;Причина продления:</translation>
    </message>
    <message>
        <source>The applicant must be told of the extension within three working days. The program reminds you until a reply to the appeal is registered.</source>
        <translation>О продлении срока заявителя нужно уведомить в течение трёх рабочих дней. Программа напоминает об этом, пока не зарегистрирован ответ на обращение.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <source>Choose the result of consideration.</source>
        <translation>Выберите результат рассмотрения.</translation>
    </message>
    <message>
        <source>This text is too long. Please shorten it.</source>
        <translation>Текст слишком длинный. Сократите его.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be stored (such as tabs). Please retype it.</source>
        <translation>В тексте есть символы, которые нельзя сохранить (например, табуляция). Наберите его заново.</translation>
    </message>
    <message>
        <source>This value is outside the allowed range.</source>
        <translation>Значение вне допустимых пределов.</translation>
    </message>
    <message>
        <source>At most 20 executors can be assigned.</source>
        <translation>Можно назначить не более 20 исполнителей.</translation>
    </message>
    <message>
        <source>This card is not under execution control.</source>
        <translation>Эта карточка не стоит на контроле исполнения.</translation>
    </message>
    <message>
        <source>This cannot be done in the card&apos;s present state; it may have been changed at another workstation. Close this window and look at the card again.</source>
        <translation>При текущем состоянии карточки это сделать нельзя; возможно, её изменили на другом рабочем месте. Закройте окно и посмотрите карточку ещё раз.</translation>
    </message>
    <message>
        <source>An amount is recovered only when the claim is satisfied, fully or partially.</source>
        <translation>Сумма взыскивается, только когда требование удовлетворено полностью или частично.</translation>
    </message>
    <message>
        <source>Record the result of consideration first, then remove the card from control.</source>
        <translation>Сначала внесите результат рассмотрения, затем снимите карточку с контроля.</translation>
    </message>
    <message>
        <source>Choose the reason for the refusal.</source>
        <translation>Выберите причину отказа.</translation>
    </message>
    <message>
        <source>Explain the reason for the refusal in a few words.</source>
        <translation>Поясните причину отказа в нескольких словах.</translation>
    </message>
    <message>
        <source>A refusal needs its reason.</source>
        <translation>Для отказа нужна причина.</translation>
    </message>
    <message>
        <source>A reason from the list is chosen only when consideration is refused.</source>
        <translation>Причина из списка выбирается только при отказе в рассмотрении.</translation>
    </message>
    <message>
        <source>Tick at least one executor.</source>
        <translation>Отметьте хотя бы одного исполнителя.</translation>
    </message>
    <message>
        <source>A ticked staff member is no longer on the staff list. Close this window and try again.</source>
        <translation>Отмеченного сотрудника больше нет в списке. Закройте окно и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The new due date must be later than the present one.</source>
        <translation>Новый срок должен быть позже текущего.</translation>
    </message>
    <message>
        <source>Too late: an appeal to a state body is considered for at most two months from its registration. Choose an earlier date.</source>
        <translation>Слишком поздно: обращение в государственный орган рассматривается не более двух месяцев со дня регистрации. Выберите более раннюю дату.</translation>
    </message>
    <message>
        <source>The due date cannot be in the past.</source>
        <translation>Срок исполнения не может быть в прошлом.</translation>
    </message>
    <message>
        <source>No outgoing reply to this appeal is registered yet. Register the reply first, or enter its number here.</source>
        <translation>Исходящий ответ на это обращение ещё не зарегистрирован. Сначала зарегистрируйте ответ или введите здесь его номер.</translation>
    </message>
    <message>
        <source>This is not an outgoing letter. Enter the number of the outgoing reply.</source>
        <translation>Это не исходящее письмо. Введите номер исходящего ответа.</translation>
    </message>
    <message>
        <source>There is no card with this number.</source>
        <translation>Карточки с таким номером нет.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>Конец диапазона раньше его начала.</translation>
    </message>
    <message>
        <source>The end date is before the start date. Swap the dates.</source>
        <translation>Конечная дата раньше начальной. Поменяйте даты местами.</translation>
    </message>
    <message>
        <source>The largest amount is below the smallest. Swap the amounts.</source>
        <translation>Наибольшая сумма меньше наименьшей. Поменяйте суммы местами.</translation>
    </message>
    <message>
        <source>An IIN or a BIN has exactly 12 digits.</source>
        <translation>ИИН или БИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>A BIN or an IIN has exactly 12 digits.</source>
        <translation>БИН или ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>Type an amount in tenge, such as 150000 or 150 000,50.</source>
        <translation>Введите сумму в тенге, например 150000 или 150 000,50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>At most two digits after the decimal comma.</source>
        <translation>Не больше двух цифр после запятой.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
    <message>
        <source>A BIN has exactly 12 digits.</source>
        <translation>БИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>The last digit does not match the others: a digit is mistyped. Compare with the document.</source>
        <translation>Последняя цифра не сходится с остальными: одна из цифр набрана с ошибкой. Сверьте с документом.</translation>
    </message>
    <message>
        <source>The date hidden in this number is impossible: a digit is mistyped. Compare with the document.</source>
        <translation>Дата, заложенная в номере, невозможна: одна из цифр набрана с ошибкой. Сверьте с документом.</translation>
    </message>
    <message>
        <source>No such number can exist: a digit is mistyped. Compare with the document.</source>
        <translation>Такого номера не бывает: одна из цифр набрана с ошибкой. Сверьте с документом.</translation>
    </message>
    <message>
        <source>Type the date as day.month.year, such as 25.03.2025.</source>
        <translation>Введите дату как день.месяц.год, например 25.03.2025.</translation>
    </message>
    <message>
        <source>The date cannot be later than today.</source>
        <translation>Дата не может быть позже сегодняшней.</translation>
    </message>
    <message>
        <source>This date is too long ago. Check the year.</source>
        <translation>Эта дата слишком давняя. Проверьте год.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 3.</source>
        <translation>Введите целое число, например 3.</translation>
    </message>
    <message>
        <source>From 1 to 10 000 sheets.</source>
        <translation>От 1 до 10 000 листов.</translation>
    </message>
    <message>
        <source>Type a phone number, such as +7 701 123 45 67.</source>
        <translation>Введите номер телефона, например +7 701 123 45 67.</translation>
    </message>
    <message>
        <source>Type an e-mail address, such as name@mail.kz.</source>
        <translation>Введите адрес электронной почты, например name@mail.kz.</translation>
    </message>
    <message>
        <source>Type a website, a domain or an IP address, such as shop.kz.</source>
        <translation>Введите сайт, домен или IP-адрес, например shop.kz.</translation>
    </message>
    <message>
        <source>Enter the applicant (for a letter, the addressee).</source>
        <translation>Укажите заявителя (для письма — адресата).</translation>
    </message>
    <message>
        <source>Choose the type of appeal.</source>
        <translation>Выберите вид обращения.</translation>
    </message>
    <message>
        <source>Choose the kind of appeal.</source>
        <translation>Выберите категорию обращения.</translation>
    </message>
    <message>
        <source>Write the content in brief.</source>
        <translation>Напишите краткое содержание.</translation>
    </message>
    <message>
        <source>Type the surname.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <source>Type the given name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>Введите наименование организации.</translation>
    </message>
    <message>
        <source>Type the respondent&apos;s name, or clear the respondent.</source>
        <translation>Введите наименование стороны-ответчика или очистите её данные.</translation>
    </message>
    <message>
        <source>This journal no longer exists. Close the form and refresh the journals (F5).</source>
        <translation>Этого журнала больше нет. Закройте форму и обновите журналы (F5).</translation>
    </message>
    <message>
        <source>This journal is for the other direction. Choose another journal.</source>
        <translation>Этот журнал для другого направления. Выберите другой журнал.</translation>
    </message>
    <message>
        <source>This is not an incoming appeal. Enter the number of the appeal this letter answers.</source>
        <translation>Это не входящее обращение. Введите номер обращения, на которое отвечает письмо.</translation>
    </message>
    <message>
        <source>This is not an incoming appeal. Enter the number of the earlier appeal.</source>
        <translation>Это не входящее обращение. Введите номер первичного обращения.</translation>
    </message>
    <message>
        <source>Please check this value.</source>
        <translation>Проверьте это значение.</translation>
    </message>
    <message>
        <source>Another body on the list has this BIN. Check the number.</source>
        <translation>У другого субъекта в списке этот БИН. Проверьте номер.</translation>
    </message>
    <message>
        <source>A workstation code is 1 to 8 capital letters or digits, such as A or 02.</source>
        <translation>Код рабочего места — от 1 до 8 заглавных букв или цифр, например A или 02.</translation>
    </message>
    <message>
        <source>Unknown name in braces. Use {index}, {station}, {serial}, {serial:4}, {year} or {yy}.</source>
        <translation>Неизвестное имя в фигурных скобках. Используйте {index}, {station}, {serial}, {serial:4}, {year} или {yy}.</translation>
    </message>
    <message>
        <source>The template is longer than 60 characters, or a brace has no pair.</source>
        <translation>Шаблон длиннее 60 символов, или у скобки нет пары.</translation>
    </message>
    <message>
        <source>The template needs {station}, {serial} and {year} or {yy}: otherwise numbers could repeat.</source>
        <translation>В шаблоне нужны {station}, {serial} и {year} или {yy}: иначе номера могут повториться.</translation>
    </message>
    <message>
        <source>An index is up to 20 characters, without braces.</source>
        <translation>Индекс — до 20 символов, без фигурных скобок.</translation>
    </message>
    <message>
        <source>This journal would give the same numbers as another journal. Give it another index.</source>
        <translation>Этот журнал выдавал бы те же номера, что и другой журнал. Задайте ему другой индекс.</translation>
    </message>
    <message>
        <source>The day is like that anyway (Monday to Friday are working days; weekends and holidays are days off). Check the date.</source>
        <translation>Этот день и так такой (с понедельника по пятницу — рабочие дни; выходные и праздники — нерабочие). Проверьте дату.</translation>
    </message>
    <message>
        <source>Tick at least one language.</source>
        <translation>Отметьте хотя бы один язык.</translation>
    </message>
    <message>
        <source>A login is letters and digits; a dot, a dash, _ or @ may stand inside. Up to 64 characters.</source>
        <translation>Логин состоит из букв и цифр; внутри допустимы точка, дефис, _ или @. До 64 символов.</translation>
    </message>
    <message>
        <source>An account with this login exists. Choose another login.</source>
        <translation>Учётная запись с таким логином уже есть. Выберите другой логин.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Отметьте хотя бы одну роль.</translation>
    </message>
    <message>
        <source>This staff member is no longer on the staff list. Choose another.</source>
        <translation>Этого сотрудника больше нет в списке сотрудников. Выберите другого.</translation>
    </message>
    <message>
        <source>Type the login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Type the full name.</source>
        <translation>Введите ФИО.</translation>
    </message>
    <message>
        <source>Give the last day of the consent, or its period in words.</source>
        <translation>Укажите последний день согласия или срок словами.</translation>
    </message>
    <message>
        <source>The term ends before the consent was given.</source>
        <translation>Срок заканчивается раньше даты согласия.</translation>
    </message>
    <message>
        <source>The consent cannot be given after today.</source>
        <translation>Согласие не может быть дано позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>Дата не может быть позже сегодняшней.</translation>
    </message>
    <message>
        <source>The date is before the consent was given.</source>
        <translation>Дата раньше даты согласия.</translation>
    </message>
    <message>
        <source>A written consent is given by an applicant who is a person: add one, or untick the consent.</source>
        <translation>Письменное согласие даёт заявитель — физическое лицо: добавьте его или снимите отметку о согласии.</translation>
    </message>
    <message>
        <source>The consent names this body: enter its name and BIN in Settings › The body first.</source>
        <translation>В согласии указывается этот субъект: сначала введите его наименование и БИН в Настройки › Субъект урегулирования.</translation>
    </message>
    <message>
        <source>A BIN or IIN has exactly 12 digits.</source>
        <translation>БИН или ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>This BIN or IIN has a typing error. Check it.</source>
        <translation>В БИН или ИИН опечатка. Проверьте его.</translation>
    </message>
    <message>
        <source>State the basis: the decision&apos;s number and date, or the finding.</source>
        <translation>Укажите обоснование: номер и дату решения или выявленное обстоятельство.</translation>
    </message>
    <message>
        <source>Name the commission or the responsible person.</source>
        <translation>Укажите комиссию или ответственное лицо.</translation>
    </message>
    <message>
        <source>State the reason.</source>
        <translation>Укажите причину.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorPage</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Создание учётной записи администратора</translation>
    </message>
    <message>
        <source>This registry has no accounts yet. Its first account is the administrator&apos;s: they manage the settings and the accounts of the clerks, executors and supervisors. Appeals are registered and read under those accounts, not under the administrator&apos;s.</source>
        <translation>В этом реестре ещё нет учётных записей. Первая учётная запись — администратора: он управляет настройками и учётными записями специалистов-регистраторов, ответственных исполнителей и руководителей. Обращения регистрируются и просматриваются под их учётными записями, а не под учётной записью администратора.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Letters and digits; a dot, a dash or @ may stand inside, such as a.seitkali. Case does not matter.</source>
        <translation>Буквы и цифры; внутри допустимы точка, дефис или @, например a.seitkali. Регистр букв не важен.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Surname, given name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>I also register appeals and supervise their execution myself</source>
        <translation>Я сам(а) тоже регистрирую обращения и контролирую их исполнение</translation>
    </message>
    <message>
        <source>Adds the clerk and supervisor roles to this account. Leave it off when others register appeals: the administrator&apos;s role alone shows no appeal content.</source>
        <translation>Добавляет этой учётной записи роли специалиста-регистратора и руководителя. Не отмечайте, если обращения регистрируют другие: роль администратора сама по себе не показывает содержание обращений.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <source>Open a demo registry instead</source>
        <translation>Открыть демонстрационный реестр</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Шаг {0} из {1}</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>The language of the program&apos;s windows on this computer. It can be changed at any time in the Language menu.</source>
        <translation>Язык окон программы на этом компьютере. Его можно сменить в любой момент в меню «Язык».</translation>
    </message>
    <message>
        <source>The settlement body</source>
        <translation>Субъект урегулирования</translation>
    </message>
    <message>
        <source>The pre-trial settlement body of consumer disputes that keeps this registry. Its name is shown in the title of the window. The rest can be added later in Settings › The body.</source>
        <translation>Субъект досудебного урегулирования потребительских споров, который ведёт этот реестр. Его наименование показывается в заголовке окна. Остальное можно добавить позже в разделе Настройки › Субъект урегулирования.</translation>
    </message>
    <message>
        <source>This workstation&apos;s code</source>
        <translation>Код этого рабочего места</translation>
    </message>
    <message>
        <source>Every registration number contains the code of the workstation that gave it. With its own code at each workstation, numbers given at different workstations never collide, even when they register offline.</source>
        <translation>Каждый регистрационный номер содержит код рабочего места, которое его присвоило. Если у каждого рабочего места свой код, номера, присвоенные на разных рабочих местах, никогда не совпадут, даже при регистрации без сети.</translation>
    </message>
    <message>
        <source>Where the registry is kept</source>
        <translation>Где хранится реестр</translation>
    </message>
    <message>
        <source>A registry can be kept on this computer only, or shared by several workstations of the body through a central store. Nothing is connected now: only your choice is noted.</source>
        <translation>Реестр можно хранить только на этом компьютере или сделать общим для нескольких рабочих мест субъекта через центральную базу данных. Сейчас ничего не подключается: отмечается только ваш выбор.</translation>
    </message>
    <message>
        <source>Setting up the registry</source>
        <translation>Настройка реестра</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>&amp;Kind of body:</source>
        <translation>&amp;Вид субъекта:</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>&amp;Workstation code:</source>
        <translation>&amp;Код рабочего места:</translation>
    </message>
    <message>
        <source>1 to 8 capital letters or digits, such as A or 02.</source>
        <translation>От 1 до 8 заглавных букв или цифр, например A или 02.</translation>
    </message>
    <message>
        <source>When this workstation is connected to a central store, the central store gives it its code.</source>
        <translation>Когда это рабочее место подключается к центральной базе данных, код ему выдаёт центральная база данных.</translation>
    </message>
    <message>
        <source>Only this computer</source>
        <translation>Только этот компьютер</translation>
    </message>
    <message>
        <source>The registry is kept here. It can be connected to a central store later in Settings › Synchronisation.</source>
        <translation>Реестр хранится здесь. Подключить его к центральной базе данных можно позже в разделе Настройки › Синхронизация.</translation>
    </message>
    <message>
        <source>Connect to a central store</source>
        <translation>Подключиться к центральной базе данных</translation>
    </message>
    <message>
        <source>Several workstations of the body share one central store, and each keeps working when the network is down. You connect in Settings › Synchronisation with the address, name and password that the central store&apos;s administrator gives you.</source>
        <translation>Несколько рабочих мест субъекта пользуются одной центральной базой данных, и каждое продолжает работать, когда сети нет. Подключение выполняется в разделе Настройки › Синхронизация с адресом, именем и паролем, которые выдаст администратор центральной базы данных.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>На&amp;зад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>FoundCardsView</name>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>No cards match these criteria. Try fewer criteria.</source>
        <translation>Нет карточек, отвечающих этим условиям. Попробуйте задать меньше условий.</translation>
    </message>
</context>
<context>
    <name>GroundsDialog</name>
    <message>
        <source>Personal data grounds — card No. {0}</source>
        <translation>Основания обработки персональных данных — карточка № {0}</translation>
    </message>
    <message>
        <source>The legal ground for processing the data of each person on the card: their consent, or a case of processing without consent (Law on personal data, art. 7–9). Forwarding the appeal needs a ground that allows transfer to third parties.</source>
        <translation>Законное основание обработки данных каждого лица в карточке: его согласие или случай обработки без согласия (Закон о персональных данных, ст. 7–9). Для направления обращения нужно основание, разрешающее передачу третьим лицам.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Записать &amp;согласие…</translation>
    </message>
    <message>
        <source>Record &amp;exception…</source>
        <translation>Записать &amp;исключение…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отзыв…</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Приложить подписанную &amp;форму…</translation>
    </message>
    <message>
        <source>Applicant {0}</source>
        <translation>Заявитель {0}</translation>
    </message>
    <message>
        <source>No natural person is on this card: nothing to record.</source>
        <translation>В карточке нет физических лиц: записывать нечего.</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Found text</source>
        <translation>Найденный текст</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>Page {0} of a copy</source>
        <translation>Копия, стр. {0}</translation>
    </message>
    <message>
        <source>A copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Found in the recognised text of a page of an electronic copy of the card</source>
        <translation>Найдено в распознанном тексте страницы электронной копии карточки</translation>
    </message>
    <message>
        <source>Found in the card itself: its summary, applicants, respondent, numbers or notes</source>
        <translation>Найдено в самой карточке: в кратком содержании, заявителях, стороне-ответчике, номерах или примечаниях</translation>
    </message>
</context>
<context>
    <name>HotFolderDialog</name>
    <message>
        <source>Choose the folder the scanners save into</source>
        <translation>Выберите папку, в которую сканеры сохраняют сканы</translation>
    </message>
    <message>
        <source>This is the registry&apos;s own data folder. Choose the folder the scanners save into.</source>
        <translation>Это папка с данными самого реестра. Выберите папку, в которую сканеры сохраняют сканы.</translation>
    </message>
    <message>
        <source>Files would be taken from this folder together with everything else in it. Choose a folder used only by the scanners.</source>
        <translation>Из этой папки были бы забраны и все остальные файлы, которые в ней лежат. Выберите папку, которой пользуются только сканеры.</translation>
    </message>
    <message>
        <source>Scanner folder</source>
        <translation>Папка сканера</translation>
    </message>
    <message>
        <source>Network scanners can save scans into a shared folder. This computer then checks the folder every 10 seconds and takes each finished file into “Unfiled files”, where you attach it to its card. Taken files are moved to the “done” folder inside it; files that are not accepted are moved to the “rejected” folder, each with a note saying why.</source>
        <translation>Сетевые сканеры могут сохранять сканы в общую папку. Тогда этот компьютер каждые 10 секунд проверяет папку и забирает каждый готовый файл в «Неразобранные файлы», где вы прикрепляете его к карточке. Забранные файлы перемещаются во вложенную папку «done», непринятые — в папку «rejected», каждый с запиской о причине.</translation>
    </message>
    <message>
        <source>Do not take scans from a folder</source>
        <translation>Не забирать сканы из папки</translation>
    </message>
    <message>
        <source>Take scans from this folder:</source>
        <translation>Забирать сканы из этой папки:</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>папка не выбрана</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>This setting applies to this computer only.</source>
        <translation>Эта настройка действует только на этом компьютере.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>There are {0} files in this folder now. They will be taken too.</source>
        <translation>Сейчас в этой папке файлов: {0}. Они тоже будут забраны.</translation>
    </message>
</context>
<context>
    <name>HotFolderFlow</name>
    <message>
        <source>Scanner &amp;folder…</source>
        <translation>&amp;Папка сканера…</translation>
    </message>
    <message>
        <source>Choose the folder network scanners save scans into</source>
        <translation>Выбрать папку, в которую сетевые сканеры сохраняют сканы</translation>
    </message>
    <message>
        <source>&amp;Unfiled files</source>
        <translation>&amp;Неразобранные файлы</translation>
    </message>
    <message>
        <source>Scans from the scanner folder that are not attached to a card yet</source>
        <translation>Сканы из папки сканера, ещё не прикреплённые к карточкам</translation>
    </message>
    <message>
        <source>Scans are no longer taken from a folder.</source>
        <translation>Сканы больше не забираются из папки.</translation>
    </message>
    <message>
        <source>Scans will be taken from the folder {0}.</source>
        <translation>Сканы будут забираться из папки {0}.</translation>
    </message>
    <message>
        <source>Files from the scanner: {0} received, {1} not accepted (see the “rejected” folder in the scanner folder).</source>
        <translation>Файлы со сканера: получено {0}, не принято {1} (см. папку «rejected» в папке сканера).</translation>
    </message>
    <message>
        <source>Files from the scanner: {0} received. They are waiting in “Unfiled files”.</source>
        <translation>Файлы со сканера: получено {0}. Они ждут в «Неразобранных файлах».</translation>
    </message>
    <message>
        <source>Files from the scanner not accepted: {0} (see the “rejected” folder in the scanner folder).</source>
        <translation>Файлы со сканера не приняты: {0} (см. папку «rejected» в папке сканера).</translation>
    </message>
    <message>
        <source>The scanner folder can be opened again.</source>
        <translation>Папка сканера снова доступна.</translation>
    </message>
    <message>
        <source>The scanner folder cannot be opened.</source>
        <translation>Не удаётся открыть папку сканера.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist or cannot be read from this computer. New scans are not taken meanwhile; the program keeps checking and takes them as soon as the folder can be opened. If the folder has moved, choose it again in File › Scanner folder; otherwise ask the administrator.</source>
        <translation>Папка {0} не существует или недоступна для чтения с этого компьютера. Пока новые сканы не забираются; программа продолжает проверять папку и заберёт их, как только она станет доступна. Если папку перенесли, выберите её заново в меню Файл › Папка сканера; иначе обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Scanner folder unavailable</source>
        <translation>Папка сканера недоступна</translation>
    </message>
    <message>
        <source>Scanner folder: paused</source>
        <translation>Папка сканера: приостановлено</translation>
    </message>
    <message>
        <source>Scans are taken only into your own registry. They wait in the scanner folder until you go back to it.</source>
        <translation>Сканы забираются только в ваш собственный реестр. Пока вы не вернётесь к нему, они ждут в папке сканера.</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Unfiled files</source>
        <translation>Неразобранные файлы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>There are no unfiled files. Scans from the scanner folder wait here until you attach each one to its card.</source>
        <translation>Неразобранных файлов нет. Сканы из папки сканера ждут здесь, пока вы не прикрепите каждый к его карточке.</translation>
    </message>
    <message>
        <source>Select a file to see its first page.</source>
        <translation>Выберите файл, чтобы увидеть его первую страницу.</translation>
    </message>
    <message>
        <source>{0}
Page 1 of {1}</source>
        <translation>{0}
Страница 1 из {1}</translation>
    </message>
    <message>
        <source>The page cannot be shown.</source>
        <translation>Не удаётся показать страницу.</translation>
    </message>
    <message>
        <source>Type the registration number of the card.</source>
        <translation>Введите регистрационный номер карточки.</translation>
    </message>
    <message>
        <source>Looking for card No. {0}…</source>
        <translation>Поиск карточки № {0}…</translation>
    </message>
    <message>
        <source>Attaching “{0}” to card No. {1}…</source>
        <translation>Файл «{0}» прикрепляется к карточке № {1}…</translation>
    </message>
    <message>
        <source>“{0}” is attached to card No. {1} as: {2}.</source>
        <translation>Файл «{0}» прикреплён к карточке № {1} как документ: {2}.</translation>
    </message>
    <message>
        <source>There is no card No. {0}. Check the number in the registration stamp on the paper original.</source>
        <translation>Карточки № {0} нет. Проверьте номер в регистрационном штампе на бумажном оригинале.</translation>
    </message>
    <message>
        <source>No scanner folder is set. Scans from network scanners can arrive here by themselves: choose the folder the scanners save into with the button on the right.</source>
        <translation>Папка сканера не задана. Сканы с сетевых сканеров могут поступать сюда сами: выберите папку, в которую сохраняют сканеры, кнопкой справа.</translation>
    </message>
    <message>
        <source>Scans from the folder {0} are taken only into your own registry, not into the demo registry.</source>
        <translation>Сканы из папки {0} забираются только в ваш собственный реестр, а не в демонстрационный.</translation>
    </message>
    <message>
        <source>Scans are taken from the folder {0} every 10 seconds. Files that are not accepted are moved to its “rejected” folder, each with a note saying why.</source>
        <translation>Сканы забираются из папки {0} каждые 10 секунд. Непринятые файлы перемещаются в её вложенную папку «rejected», каждый с запиской о причине.</translation>
    </message>
    <message>
        <source>Scanner folder…</source>
        <translation>Папка сканера…</translation>
    </message>
    <message>
        <source>Choose the folder network scanners save scans into</source>
        <translation>Выбрать папку, в которую сетевые сканеры сохраняют сканы</translation>
    </message>
    <message>
        <source>Attach the selected file to card &amp;No.:</source>
        <translation>&amp;Прикрепить выбранный файл к карточке №:</translation>
    </message>
    <message>
        <source>number or applicant</source>
        <translation>номер или заявитель</translation>
    </message>
    <message>
        <source>The registration number from the stamp on the paper original. Type a part of the number or the applicant&apos;s name to choose from the newest cards.</source>
        <translation>Регистрационный номер со штампа на бумажном оригинале. Наберите часть номера или имя заявителя, чтобы выбрать из последних карточек.</translation>
    </message>
    <message>
        <source>Attach to card…</source>
        <translation>Прикрепить к карточке…</translation>
    </message>
</context>
<context>
    <name>JournalFilterBar</name>
    <message>
        <source>All cards</source>
        <translation>Все карточки</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Due within {0} days</source>
        <translation>Срок в ближайшие {0} дн.</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Снятые с контроля</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Which cards to show by their execution control</source>
        <translation>Какие карточки показать по контролю исполнения</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Which kind of appeal to show (cl. 5)</source>
        <translation>Какую категорию обращений показать (п. 5)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Clear the filter: show every card of the journal</source>
        <translation>Сбросить фильтр: показать все карточки журнала</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Сторона-ответчик</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>Канал поступления</translation>
    </message>
    <message>
        <source>Sent via</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Сумма, ₸</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Click to show the newest cards first</source>
        <translation>Нажмите, чтобы сначала показать новые карточки</translation>
    </message>
    <message>
        <source>Click to show the oldest cards first</source>
        <translation>Нажмите, чтобы сначала показать старые карточки</translation>
    </message>
    <message>
        <source>Click to show the soonest due dates first (cards not on control follow)</source>
        <translation>Нажмите, чтобы сначала показать ближайшие сроки (карточки не на контроле — в конце)</translation>
    </message>
    <message>
        <source>Click to sort by name, A to Z</source>
        <translation>Нажмите, чтобы упорядочить по имени, от А до Я</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Registration date and time (Astana time)</source>
        <translation>Дата и время регистрации (время Астаны)</translation>
    </message>
    <message>
        <source>Due date of the appeal on execution control. Red: overdue; amber: due within three days.</source>
        <translation>Срок исполнения обращения на контроле. Красный — просрочено; жёлтый — срок истекает в течение трёх дней.</translation>
    </message>
    <message>
        <source>Amount claimed by the applicant, in tenge</source>
        <translation>Сумма требований заявителя, в тенге</translation>
    </message>
    <message>
        <source>Court correspondence: never sent to UIS CRP</source>
        <translation>Переписка по судебному делу: не передаётся в ЕИС ЗПП</translation>
    </message>
    <message>
        <source>{0} (collective)</source>
        <translation>{0} (коллективное)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Data blocked</source>
        <translation>Данные заблокированы</translation>
    </message>
</context>
<context>
    <name>JournalPrint</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Kind and summary</source>
        <translation>Вид и краткое содержание</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Execution mark and result</source>
        <translation>Отметка об исполнении и результат</translation>
    </message>
    <message>
        <source>(personal data withheld)</source>
        <translation>(персональные данные не выводятся)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>(collective)</source>
        <translation>(коллективное)</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>Сторона-ответчик: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Резолюция: %1</translation>
    </message>
    <message>
        <source>Reply No. %1</source>
        <translation>Ответ № %1</translation>
    </message>
    <message>
        <source>Reply to No. %1</source>
        <translation>Ответ на № %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>(the body is not entered in Settings)</source>
        <translation>(орган не указан в настройках)</translation>
    </message>
    <message>
        <source>BIN %1</source>
        <translation>БИН %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>Contains %1 sheets</source>
        <translation>Содержит листов: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
</context>
<context>
    <name>JournalPrintDialog</name>
    <message>
        <source>Print a registration journal</source>
        <translation>Печать журнала регистрации</translation>
    </message>
    <message>
        <source>Incoming appeals</source>
        <translation>Входящие обращения</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Исходящие документы</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Preview/Print…</source>
        <translation>Просмотр/Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Preparing the journal…</source>
        <translation>Журнал готовится…</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>Saved %1: %2 entries, %3 sheets.</source>
        <translation>Сохранено: %1, записей: %2, листов: %3.</translation>
    </message>
    <message>
        <source>A long journal</source>
        <translation>Длинный журнал</translation>
    </message>
    <message>
        <source>The journal holds %1 entries: its preview would hold up the window for a long time. Save it as PDF and print the PDF instead?</source>
        <translation>В журнале %1 записей: его предпросмотр надолго задержит окно. Сохранить его в PDF и напечатать PDF вместо этого?</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Soonest due date first</source>
        <translation>Сначала ближайшие сроки</translation>
    </message>
    <message>
        <source>By applicant, A to Z</source>
        <translation>По заявителю, А–Я</translation>
    </message>
    <message>
        <source>By addressee, A to Z</source>
        <translation>По адресату, А–Я</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Восстановить столбцы по умолчанию</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No card of this journal matches the filter. Choose “Show all” to see every card.</source>
        <translation>В этом журнале нет карточек, подходящих под фильтр. Чтобы увидеть все карточки, нажмите «Показать все».</translation>
    </message>
    <message>
        <source>There are no cards in this journal yet.</source>
        <translation>В этом журнале пока нет карточек.</translation>
    </message>
    <message>
        <source>Incoming registration journal</source>
        <translation>Журнал регистрации входящих обращений</translation>
    </message>
    <message>
        <source>Outgoing registration journal</source>
        <translation>Журнал регистрации исходящих документов</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>{0} is signed in. Type the password to go on where you left off.</source>
        <translation>В системе работает {0}. Введите пароль, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <source>The session is locked</source>
        <translation>Сеанс заблокирован</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Someone else? Sign out and sign in with your own account. Cards typed in but not registered in this session will be lost.</source>
        <translation>Вы другой пользователь? Выйдите и войдите под своей учётной записью. Карточки, набранные в этом сеансе, но не зарегистрированные, будут потеряны.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find cards by their text, the text of their scans, or any field</source>
        <translation>Найти карточки по тексту, тексту сканов или любому полю</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Electronic copies</source>
        <translation>Электронные копии</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Preparing the demo registry…</source>
        <translation>Подготовка демонстрационного реестра…</translation>
    </message>
    <message>
        <source>A demo registry with {0} invented appeals is being prepared. It takes a few seconds. Your registry is not changed.</source>
        <translation>Готовится демонстрационный реестр: {0} вымышленных обращений. Это займёт несколько секунд. Ваш реестр не изменяется.</translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation>Открытие реестра…</translation>
    </message>
    <message>
        <source>It takes a few seconds.</source>
        <translation>Это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>[DEMO] {0}</source>
        <translation>[ДЕМО] {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>Workstation: {0}</source>
        <translation>Рабочее место: {0}</translation>
    </message>
    <message>
        <source>Cards in the registry: {0}</source>
        <translation>Карточек в реестре: {0}</translation>
    </message>
    <message>
        <source>Demo user (every role)</source>
        <translation>Демо-пользователь (все роли)</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <source>Login: {0}. Roles: {1}</source>
        <translation>Логин: {0}. Роли: {1}</translation>
    </message>
    <message>
        <source>Card No. {0} registered.</source>
        <translation>Карточка № {0} зарегистрирована.</translation>
    </message>
    <message>
        <source>Appeals on execution control by due date; overdue first</source>
        <translation>Обращения на контроле исполнения по срокам; сначала просроченные</translation>
    </message>
</context>
<context>
    <name>NoContentPage</name>
    <message>
        <source>Your role does not show appeal content</source>
        <translation>Вашей роли содержание обращений не показывается</translation>
    </message>
    <message>
        <source>The journals, cards and electronic copies are shown to clerks, executors, supervisors and auditors. If your work needs them, ask the administrator to give your account such a role (Reference › Accounts).</source>
        <translation>Журналы, карточки и электронные копии показываются специалистам-регистраторам, ответственным исполнителям, руководителям и аудиторам. Если они нужны для работы, попросите администратора дать вашей учётной записи такую роль (Справочники › Учётные записи).</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Учётные записи…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Technical details: {0}</source>
        <translation>Технические подробности: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Notice of breach {0}</source>
        <translation>Уведомление о нарушении {0}</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Copied. Paste it into the letter or the form.</source>
        <translation>Скопировано. Вставьте в письмо или форму.</translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>Notice of breach {0} sent</source>
        <translation>Уведомление о нарушении {0} направлено</translation>
    </message>
    <message>
        <source>&amp;Sent (Astana time):</source>
        <translation>&amp;Направлено (время Астаны):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Как:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>the authorized body for the protection of personal data</source>
        <translation>уполномоченный орган в сфере защиты персональных данных</translation>
    </message>
    <message>
        <source>the outgoing number, or the number the body gave</source>
        <translation>исходящий номер или номер, присвоенный органом</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>Station and journals</source>
        <translation>Рабочее место и журналы</translation>
    </message>
    <message>
        <source>— (correct the fields above)</source>
        <translation>— (исправьте поля выше)</translation>
    </message>
    <message>
        <source>Every registration number contains the code of the workstation that gave it, so numbers given at different workstations never repeat. Each workstation of the body needs its own code.</source>
        <translation>Каждый регистрационный номер содержит код рабочего места, которое его присвоило, поэтому номера, присвоенные на разных рабочих местах, никогда не повторяются. У каждого рабочего места субъекта должен быть свой код.</translation>
    </message>
    <message>
        <source>&amp;Workstation code:</source>
        <translation>&amp;Код рабочего места:</translation>
    </message>
    <message>
        <source>1 to 8 capital letters or digits, such as A or 02.</source>
        <translation>От 1 до 8 заглавных букв или цифр, например A или 02.</translation>
    </message>
    <message>
        <source>In a number template, {index} is the journal&apos;s index, {station} the workstation code, {serial} the serial number ({serial:4} pads it to 4 digits), {year} or {yy} the year in four or two digits. {station}, {serial} and the year are required.</source>
        <translation>В шаблоне номера {index} — индекс журнала, {station} — код рабочего места, {serial} — порядковый номер ({serial:4} дополняет его до 4 цифр), {year} или {yy} — год четырьмя или двумя цифрами. {station}, {serial} и год обязательны.</translation>
    </message>
    <message>
        <source>Index:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <source>Number template:</source>
        <translation>Шаблон номера:</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>Следующий номер:</translation>
    </message>
</context>
<context>
    <name>OcrLanguage</name>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
</context>
<context>
    <name>OcrText</name>
    <message>
        <source>Text recognition is off.</source>
        <translation>Распознавание текста отключено.</translation>
    </message>
    <message>
        <source>Everything else works as usual: electronic copies are attached and kept, and their text will be recognised once this is fixed.</source>
        <translation>Всё остальное работает как обычно: электронные копии прикрепляются и хранятся, а их текст будет распознан, как только это исправят.</translation>
    </message>
    <message>
        <source>The text recognition program (Tesseract) has no data for the language: {0}.</source>
        <translation>В программе распознавания текста (Tesseract) нет данных для языка: {0}.</translation>
    </message>
    <message>
        <source>Ask the administrator to add this language to Tesseract (the file {0}).</source>
        <translation>Попросите администратора добавить этот язык в Tesseract (файл {0}).</translation>
    </message>
    <message>
        <source>The list of recognition languages in the registry settings is not valid.</source>
        <translation>Список языков распознавания в настройках реестра указан неверно.</translation>
    </message>
    <message>
        <source>Ask the administrator to correct it.</source>
        <translation>Попросите администратора исправить его.</translation>
    </message>
    <message>
        <source>The text recognition program (Tesseract) is not installed on this computer.</source>
        <translation>На этом компьютере не установлена программа распознавания текста (Tesseract).</translation>
    </message>
    <message>
        <source>Ask the administrator to install Tesseract OCR with the Kazakh and Russian languages.</source>
        <translation>Попросите администратора установить Tesseract OCR с казахским и русским языками.</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>Loading page…</source>
        <translation>Страница загружается…</translation>
    </message>
    <message>
        <source>The file “{0}” cannot be shown.</source>
        <translation>Не удаётся показать файл «{0}».</translation>
    </message>
    <message>
        <source>The file is missing from the registry&apos;s file store. Ask the administrator to check the stored files (clerk-app verify) and to restore this one from a backup.</source>
        <translation>Файла нет в хранилище файлов реестра. Попросите администратора проверить сохранённые файлы (clerk-app verify) и восстановить этот файл из резервной копии.</translation>
    </message>
    <message>
        <source>Page {0} of the file “{1}” cannot be shown.</source>
        <translation>Не удаётся показать страницу {0} файла «{1}».</translation>
    </message>
    <message>
        <source>The stored file cannot be read or is damaged. Try the other pages; ask the administrator to check the stored files (clerk-app verify).</source>
        <translation>Сохранённый файл не читается или повреждён. Посмотрите другие страницы; попросите администратора проверить сохранённые файлы (clerk-app verify).</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} — electronic copy</source>
        <translation>{0} — электронная копия</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom out; Ctrl and the mouse wheel zoom too</source>
        <translation>Уменьшить; масштаб меняется и колёсиком мыши с нажатой Ctrl</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom in; Ctrl and the mouse wheel zoom too</source>
        <translation>Увеличить; масштаб меняется и колёсиком мыши с нажатой Ctrl</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Реальный размер</translation>
    </message>
    <message>
        <source>Actual size: the page as large as on paper</source>
        <translation>Реальный размер: страница такой же величины, как на бумаге</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Вписать страницу по ширине окна</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Показать страницу целиком</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Rotate the view left (the stored file does not change)</source>
        <translation>Повернуть изображение влево (сохранённый файл не меняется)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>Rotate the view right (the stored file does not change)</source>
        <translation>Повернуть изображение вправо (сохранённый файл не меняется)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <source>Type a page number and press Enter to go to that page</source>
        <translation>Введите номер страницы и нажмите Enter, чтобы перейти к ней</translation>
    </message>
</context>
<context>
    <name>PartyType</name>
    <message>
        <source>Natural person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <source>At least {0} characters. A few words you will remember are stronger than a short jumble.</source>
        <translation>Не меньше {0} символов. Несколько запоминающихся слов надёжнее короткого набора знаков.</translation>
    </message>
    <message>
        <source>{0} of at least {1} characters.</source>
        <translation>Набрано символов: {0}, нужно не меньше {1}.</translation>
    </message>
    <message>
        <source>Too easy to guess: not the login, and not one character over and over.</source>
        <translation>Слишком легко угадать: не используйте логин и один и тот же символ подряд.</translation>
    </message>
    <message>
        <source>Acceptable. A longer password is stronger.</source>
        <translation>Подходит. Более длинный пароль надёжнее.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>PendingCleanups</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>The cleanup after destruction act(s) {0} is not finished: a stored file was open in another program, or the store was read elsewhere. The data are destroyed; close those programs and press Finish to remove what is left.</source>
        <translation>Очистка по акту (актам) уничтожения {0} не завершена: сохранённый файл был открыт в другой программе, или хранилище читалось в другом месте. Данные уничтожены; закройте эти программы и нажмите «Завершить», чтобы удалить оставшееся.</translation>
    </message>
</context>
<context>
    <name>PeriodUnit</name>
    <message>
        <source>Calendar days</source>
        <translation>Календарные дни</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <source>24-hour periods (hours)</source>
        <translation>Сутки (в часах)</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>Registration &amp;journal…</source>
        <translation>&amp;Журнал регистрации…</translation>
    </message>
    <message>
        <source>The journal of a period, for binding: A4 landscape, numbered pages</source>
        <translation>Журнал за период, для подшивки: A4 альбомный, страницы пронумерованы</translation>
    </message>
    <message>
        <source>&amp;Control report…</source>
        <translation>&amp;Отчёт о контроле…</translation>
    </message>
    <message>
        <source>Overdue and due soon, by executor</source>
        <translation>Просроченные и со сроком на подходе, по исполнителям</translation>
    </message>
    <message>
        <source>&amp;Quarterly information…</source>
        <translation>&amp;Ежеквартальная информация…</translation>
    </message>
    <message>
        <source>The quarterly information to the authorized body (cl. 9)</source>
        <translation>Ежеквартальная информация уполномоченному органу (п. 9)</translation>
    </message>
    <message>
        <source>Public register of &amp;respondents…</source>
        <translation>Публичный реестр &amp;ответчиков…</translation>
    </message>
    <message>
        <source>Sellers complained about, without anyone&apos;s personal data</source>
        <translation>Продавцы, на которых поступили жалобы, без чьих-либо персональных данных</translation>
    </message>
    <message>
        <source>Registration-control c&amp;ard…</source>
        <translation>Регистрационно-контрольная &amp;карточка…</translation>
    </message>
    <message>
        <source>&amp;Receipt for the applicant…</source>
        <translation>&amp;Талон заявителю…</translation>
    </message>
    <message>
        <source>Registration &amp;stamp label…</source>
        <translation>Наклейка регистрационного &amp;штампа…</translation>
    </message>
</context>
<context>
    <name>PublicHoliday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s People Solidarity Holiday</source>
        <translation>Праздник единства народа Казахстана</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>День столицы</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Курбан айт</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции Республики Казахстан</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>День Первого Президента</translation>
    </message>
    <message>
        <source>Day off moved from {0}</source>
        <translation>Выходной, перенесённый с {0}</translation>
    </message>
    <message>
        <source>{0} (moved day off)</source>
        <translation>{0} (перенесённый выходной)</translation>
    </message>
    <message>
        <source>{0} (date estimated)</source>
        <translation>{0} (дата предварительная)</translation>
    </message>
</context>
<context>
    <name>PublicRespondents</name>
    <message>
        <source>Register of respondents about whom consumers&apos; appeals were received</source>
        <translation>Реестр сторон-ответчиков, в отношении которых поступили обращения потребителей</translation>
    </message>
    <message>
        <source>Appeals registered from {0} to {1}</source>
        <translation>Обращения, зарегистрированные с {0} по {1}</translation>
    </message>
    <message>
        <source>No consumer&apos;s personal data is published. Respondents who are natural persons (individual entrepreneurs) are not named: their appeals are counted together.</source>
        <translation>Персональные данные потребителей не публикуются. Стороны-ответчики — физические лица (индивидуальные предприниматели) не называются: их обращения учтены вместе.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Сторона-ответчик</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Field of activity</source>
        <translation>Сфера деятельности</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>По видам</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>По результатам</translation>
    </message>
    <message>
        <source>Not yet considered</source>
        <translation>Ещё не рассмотрено</translation>
    </message>
    <message>
        <source>Individual entrepreneurs (not named)</source>
        <translation>Индивидуальные предприниматели (не называются)</translation>
    </message>
    <message>
        <source>Respondent not named</source>
        <translation>Сторона-ответчик не указана</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>No appeals against a respondent were registered in this period.</source>
        <translation>За этот период обращения в отношении сторон-ответчиков не регистрировались.</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Стороны-ответчики</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Сохранить XLSX…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the register of respondents</source>
        <translation>Сохранить реестр сторон-ответчиков</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>Saved: {0} ({1} respondents).</source>
        <translation>Сохранено: {0} (сторон-ответчиков: {1}).</translation>
    </message>
</context>
<context>
    <name>QuarterlyDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>The default layout</source>
        <translation>Макет по умолчанию</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Квартал:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Preview/Print…</source>
        <translation>Просмотр/Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Сохранить XLSX…</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>Сохранить JSON…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Отметить как отправленную</translation>
    </message>
    <message>
        <source>Quarterly information to the authorized body</source>
        <translation>Ежеквартальная информация в уполномоченный орган</translation>
    </message>
    <message>
        <source>Quarterly information</source>
        <translation>Ежеквартальная информация</translation>
    </message>
    <message>
        <source>no later than {0}</source>
        <translation>не позднее {0}</translation>
    </message>
    <message>
        <source>The layout template</source>
        <translation>Шаблон макета</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Шаблоны (*.json)</translation>
    </message>
    <message>
        <source>Counting the quarter…</source>
        <translation>Подсчёт за квартал…</translation>
    </message>
    <message>
        <source>Save the quarterly information</source>
        <translation>Сохранить ежеквартальную информацию</translation>
    </message>
    <message>
        <source> ({0} pages)</source>
        <translation> (страниц: {0})</translation>
    </message>
    <message>
        <source>Saved: {0}{1}.</source>
        <translation>Сохранено: {0}{1}.</translation>
    </message>
    <message>
        <source>Quarter {0} of {1} is marked as sent on {2}.</source>
        <translation>{0} квартал {1} года отмечен как отправленный {2}.</translation>
    </message>
</context>
<context>
    <name>QuarterlyReminder</name>
    <message>
        <source>Quarterly information due {0}</source>
        <translation>Ежеквартальная информация: срок {0}</translation>
    </message>
    <message>
        <source>The deadline is today.</source>
        <translation>Срок — сегодня.</translation>
    </message>
    <message>
        <source>Days left: {0}.</source>
        <translation>Осталось дней: {0}.</translation>
    </message>
    <message>
        <source>The quarterly information is due</source>
        <translation>Подходит срок ежеквартальной информации</translation>
    </message>
    <message>
        <source>The information on the appeals considered in quarter {0} of {1} goes to the authorized body no later than {2} (cl. 9).</source>
        <translation>Информация об обращениях, рассмотренных в {0} квартале {1} года, направляется в уполномоченный орган не позднее {2} (п. 9).</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Подготовить…</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Quarterly information on the results of consideration of consumers&apos; appeals</source>
        <translation>Ежеквартальная информация о результатах рассмотрения обращений потребителей</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БИН {0}</translation>
    </message>
    <message>
        <source>(the body is not entered in Settings)</source>
        <translation>(орган не указан в Настройках)</translation>
    </message>
    <message>
        <source>for quarter {0} of {1} ({2} – {3})</source>
        <translation>за {0} квартал {1} года ({2} – {3})</translation>
    </message>
    <message>
        <source>Submitted to the authorized body no later than {0} (cl. 9).</source>
        <translation>Представляется в уполномоченный орган не позднее {0} (п. 9).</translation>
    </message>
    <message>
        <source>Figures as of {0}.</source>
        <translation>Данные по состоянию на {0}.</translation>
    </message>
    <message>
        <source>Head of the body</source>
        <translation>Руководитель органа</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Quarterly information</source>
        <translation>Ежеквартальная информация</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Claimed in those received, ₸</source>
        <translation>Заявлено в поступивших, ₸</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <source>Claimed in those considered, ₸</source>
        <translation>Заявлено в рассмотренных, ₸</translation>
    </message>
    <message>
        <source>Recovered for consumers, ₸</source>
        <translation>Возмещено потребителям, ₸</translation>
    </message>
    <message>
        <source>Pending at the quarter&apos;s end</source>
        <translation>Не рассмотрено на конец квартала</translation>
    </message>
    <message>
        <source>1. Appeals by kind (cl. 5)</source>
        <translation>1. Обращения по видам (п. 5)</translation>
    </message>
    <message>
        <source>2. Appeals considered, by result</source>
        <translation>2. Рассмотренные обращения по результатам</translation>
    </message>
    <message>
        <source>3. Appeals by the respondent&apos;s field of activity</source>
        <translation>3. Обращения по сферам деятельности стороны-ответчика</translation>
    </message>
    <message>
        <source>4. Totals</source>
        <translation>4. Итого</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>including: {0}</source>
        <translation>в том числе: {0}</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt No. {0}</source>
        <translation>Талон № {0}</translation>
    </message>
    <message>
        <source>Pre-trial settlement body (not entered in Settings)</source>
        <translation>Субъект досудебного урегулирования потребительских споров (не указан в настройках)</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БИН {0}</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation>Телефон {0}</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Date and time of registration</source>
        <translation>Дата и время регистрации</translation>
    </message>
    <message>
        <source>(Astana time)</source>
        <translation>(время Астаны)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Количество листов</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Counterfoil of receipt No. {0}</source>
        <translation>Корешок талона № {0}</translation>
    </message>
    <message>
        <source>RECEIPT No. {0}</source>
        <translation>ТАЛОН № {0}</translation>
    </message>
    <message>
        <source>Kept by the body. The applicant&apos;s signature confirms that the receipt was handed over.</source>
        <translation>Хранится у субъекта. Подпись заявителя подтверждает, что талон вручён.</translation>
    </message>
    <message>
        <source>Your appeal has been accepted and registered (cl. 10 of the Rules).</source>
        <translation>Ваше обращение принято и зарегистрировано (п. 10 Правил).</translation>
    </message>
    <message>
        <source>Receipt received by the applicant: ____________________ (signature)</source>
        <translation>Талон получил заявитель: ____________________ (подпись)</translation>
    </message>
    <message>
        <source>Accepted by: ____________________ (signature)</source>
        <translation>Принял: ____________________ (подпись)</translation>
    </message>
    <message>
        <source>Keep this receipt: quote its number when you ask about your appeal.</source>
        <translation>Сохраните талон: называйте его номер, когда спрашиваете о своём обращении.</translation>
    </message>
    <message>
        <source>✂ cut here</source>
        <translation>✂ линия отреза</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation>Распознавание текста</translation>
    </message>
    <message>
        <source>The languages in which the text of scanned pages is recognised, for searching. Tick the languages of your papers: each extra language makes recognition slower.</source>
        <translation>Языки, на которых распознаётся текст отсканированных страниц для поиска. Отметьте языки ваших документов: каждый лишний язык замедляет распознавание.</translation>
    </message>
    <message>
        <source>Not installed on this computer: ask the administrator to install tesseract-ocr-{0}.</source>
        <translation>Не установлен на этом компьютере: попросите администратора установить tesseract-ocr-{0}.</translation>
    </message>
    <message>
        <source>Tesseract is not installed on this computer: text is recognised where it is installed.</source>
        <translation>На этом компьютере не установлен Tesseract: текст распознаётся там, где он установлен.</translation>
    </message>
    <message>
        <source>Also kept from an earlier setting: {0}</source>
        <translation>Сохранено из прежней настройки: {0}</translation>
    </message>
</context>
<context>
    <name>RecognitionStatus</name>
    <message>
        <source>Resume &amp;text recognition</source>
        <translation>Возобновить распознавание &amp;текста</translation>
    </message>
    <message>
        <source>Go on recognising the text of the waiting scans</source>
        <translation>Продолжить распознавание текста сканов в очереди</translation>
    </message>
    <message>
        <source>&amp;Pause text recognition</source>
        <translation>&amp;Приостановить распознавание текста</translation>
    </message>
    <message>
        <source>Recognise no more scans for now: the files under way are finished, the others wait. Recognition resumes at the next start of the program.</source>
        <translation>Пока не распознавать новые сканы: начатые файлы будут распознаны до конца, остальные подождут в очереди. Распознавание возобновится при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Text recognition is off</source>
        <translation>Распознавание текста отключено</translation>
    </message>
    <message>
        <source>Text recognition paused</source>
        <translation>Распознавание текста приостановлено</translation>
    </message>
    <message>
        <source>Text recognition paused: {0} waiting</source>
        <translation>Распознавание текста приостановлено: в очереди {0}</translation>
    </message>
    <message>
        <source>The text of new scans is not recognised, so search does not find their words yet. Click to resume; recognition also resumes at the next start of the program.</source>
        <translation>Текст новых сканов не распознаётся, поэтому поиск пока не находит их слова. Нажмите, чтобы возобновить; распознавание также возобновится при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Recognising text: {0} waiting</source>
        <translation>Распознавание текста: в очереди {0}</translation>
    </message>
    <message>
        <source>Text recognition works in the background; you can go on working.</source>
        <translation>Распознавание текста идёт в фоновом режиме, можно продолжать работу.</translation>
    </message>
    <message>
        <source>Click to pause it.</source>
        <translation>Нажмите, чтобы приостановить.</translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Incoming appeals (years after removal from control)</source>
        <translation>Входящие обращения (лет после снятия с контроля)</translation>
    </message>
    <message>
        <source>Outgoing letters (years after registration)</source>
        <translation>Исходящие письма (лет после регистрации)</translation>
    </message>
    <message>
        <source>Unfiled scans in the inbox (years after arrival)</source>
        <translation>Неподшитые сканы во входящих (лет после поступления)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Write this code down on paper or print it, and keep it in the safe. If this computer&apos;s keyring is lost (a new Windows profile, a reinstalled or replaced computer), the registry opens only with this code: an administrator runs clerk-app encryption recover. Anyone holding it can read the registry&apos;s files: do not keep it on this computer or send it by e-mail.</source>
        <translation>Запишите этот код на бумаге или распечатайте его и храните в сейфе. Если хранилище ключей этого компьютера будет утрачено (новый профиль Windows, переустановленный или заменённый компьютер), реестр откроется только с этим кодом: администратор выполняет clerk-app encryption recover. Любой, у кого есть этот код, может прочитать файлы реестра: не храните его на этом компьютере и не отправляйте по электронной почте.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>I have written the code down and will keep it in a safe place</source>
        <translation>Я записал(а) код и буду хранить его в надёжном месте</translation>
    </message>
    <message>
        <source>clerk-app recovery code</source>
        <translation>Код восстановления clerk-app</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Only PDF, TIFF and JPEG copies may be attached: save the scan as PDF or JPEG and attach it again.</source>
        <translation>Прикреплять можно только копии в PDF, TIFF и JPEG: сохраните скан в PDF или JPEG и прикрепите его ещё раз.</translation>
    </message>
    <message>
        <source>The file is damaged or was made to harm the computer. Scan the document again or ask the sender for a new copy.</source>
        <translation>Файл повреждён или создан, чтобы навредить компьютеру. Отсканируйте документ заново или попросите отправителя прислать новую копию.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Wait until the scanner or the copying has finished, then attach it again.</source>
        <translation>Файл изменился во время прикрепления. Дождитесь, пока сканер или копирование завершится, и прикрепите файл снова.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): the scan was not saved completely. Scan the document again.</source>
        <translation>Файл пустой (0 байт): скан не сохранился полностью. Отсканируйте документ заново.</translation>
    </message>
    <message>
        <source>This is a PNG picture.</source>
        <translation>Это изображение PNG.</translation>
    </message>
    <message>
        <source>This is a GIF picture.</source>
        <translation>Это изображение GIF.</translation>
    </message>
    <message>
        <source>This is a BMP picture.</source>
        <translation>Это изображение BMP.</translation>
    </message>
    <message>
        <source>This picture format is not accepted.</source>
        <translation>Этот формат изображений не принимается.</translation>
    </message>
    <message>
        <source>This is a BigTIFF file, which scanners do not make. Save it as an ordinary TIFF or as PDF and attach it again.</source>
        <translation>Это файл BigTIFF, сканеры такие не создают. Сохраните его как обычный TIFF или PDF и прикрепите ещё раз.</translation>
    </message>
    <message>
        <source>This is an archive or an office document (Word, Excel), not a scan. Attach the scans themselves, or save the document as PDF.</source>
        <translation>Это архив или офисный документ (Word, Excel), а не скан. Прикрепите сами сканы или сохраните документ в PDF.</translation>
    </message>
    <message>
        <source>This is an office document (Word, Excel, RTF), not a scan. Save it as PDF and attach the PDF.</source>
        <translation>Это офисный документ (Word, Excel, RTF), а не скан. Сохраните его в PDF и прикрепите PDF.</translation>
    </message>
    <message>
        <source>This is an archive (ZIP, RAR, 7z). Unpack it and attach the scans that are inside.</source>
        <translation>Это архив (ZIP, RAR, 7z). Распакуйте его и прикрепите сканы, которые в нём лежат.</translation>
    </message>
    <message>
        <source>This is a program, not a document, and cannot be attached. If it came by e-mail, do not open it.</source>
        <translation>Это программа, а не документ, её нельзя прикрепить. Если она пришла по электронной почте, не открывайте её.</translation>
    </message>
    <message>
        <source>This is a text file or a web page, not a scanned document. Attach the scan of the paper original, or save the page as PDF.</source>
        <translation>Это текстовый файл или веб-страница, а не отсканированный документ. Прикрепите скан бумажного оригинала или сохраните страницу в PDF.</translation>
    </message>
    <message>
        <source>This is not a PDF, TIFF or JPEG file. Save the scan in one of these formats and attach it again.</source>
        <translation>Это не файл PDF, TIFF или JPEG. Сохраните скан в одном из этих форматов и прикрепите ещё раз.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read. Scan the document again or ask the sender for a new copy.</source>
        <translation>Файл повреждён, его не удаётся прочитать. Отсканируйте документ заново или попросите отправителя прислать новую копию.</translation>
    </message>
    <message>
        <source>The file is cut off: its end is missing, probably because it was not copied or downloaded completely. Copy or download it again.</source>
        <translation>Файл обрезан: у него нет конца — вероятно, он скопирован или скачан не полностью. Скопируйте или скачайте его ещё раз.</translation>
    </message>
    <message>
        <source>The file has more than {0} pages. Split it into several files and attach them one after another.</source>
        <translation>В файле больше {0} страниц. Разделите его на несколько файлов и прикрепите их по очереди.</translation>
    </message>
    <message>
        <source>The file is larger than {0} MB. Scan at 200–300 dpi, or split the document into several files.</source>
        <translation>Файл больше {0} МБ. Сканируйте с разрешением 200–300 dpi или разделите документ на несколько файлов.</translation>
    </message>
    <message>
        <source>The file cannot be read: it may be damaged, open in another program or on a disk that is no longer connected. Copy it to this computer and try again; if that does not help, scan the document again.</source>
        <translation>Файл не удаётся прочитать: возможно, он повреждён, открыт в другой программе или находится на отключённом диске. Скопируйте его на этот компьютер и попробуйте ещё раз; если не поможет, отсканируйте документ заново.</translation>
    </message>
    <message>
        <source>This is not an ordinary file. Choose the scanned files themselves.</source>
        <translation>Это не обычный файл. Выберите сами файлы сканов.</translation>
    </message>
    <message>
        <source>The PDF is protected with a password. Open it, save a copy without protection (or print it to PDF) and attach that copy.</source>
        <translation>PDF защищён паролем. Откройте его, сохраните копию без защиты (или распечатайте в PDF) и прикрепите эту копию.</translation>
    </message>
    <message>
        <source>This very file is already attached to the card as the same document. Nothing needs to be done.</source>
        <translation>Этот же файл уже прикреплён к карточке как тот же документ. Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>The file was not accepted. The reason is in the details.</source>
        <translation>Файл не принят. Причина указана в технических подробностях.</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <source>No violation found</source>
        <translation>Нарушение не выявлено</translation>
    </message>
    <message>
        <source>Not a consumer dispute</source>
        <translation>Не является потребительским спором</translation>
    </message>
    <message>
        <source>No claim was made to the seller first</source>
        <translation>Претензия продавцу не предъявлялась</translation>
    </message>
    <message>
        <source>Before a court or decided by one</source>
        <translation>Рассматривается или решено судом</translation>
    </message>
    <message>
        <source>Repeat appeal without new arguments</source>
        <translation>Повторное обращение без новых доводов</translation>
    </message>
    <message>
        <source>Anonymous: no name or address to answer</source>
        <translation>Анонимное: нет имени или адреса для ответа</translation>
    </message>
    <message>
        <source>Requested documents were not provided</source>
        <translation>Запрошенные документы не представлены</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
</context>
<context>
    <name>RegistrationActions</name>
    <message>
        <source>&amp;New incoming appeal…</source>
        <translation>&amp;Новое входящее обращение…</translation>
    </message>
    <message>
        <source>Register a paper appeal that has arrived (Ctrl+N)</source>
        <translation>Зарегистрировать поступившее бумажное обращение (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;outgoing letter…</source>
        <translation>Новое &amp;исходящее письмо…</translation>
    </message>
    <message>
        <source>Register a letter the body sends (Ctrl+Shift+N)</source>
        <translation>Зарегистрировать письмо, которое направляет организация (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>Register the outgoing reply to the selected incoming appeal (Ctrl+R)</source>
        <translation>Зарегистрировать исходящий ответ на выбранное входящее обращение (Ctrl+R)</translation>
    </message>
    <message>
        <source>Unregistered cards</source>
        <translation>Незарегистрированные карточки</translation>
    </message>
    <message>
        <source>Cards typed in but not registered: {0}. They will be lost. Close them anyway?</source>
        <translation>Введённых, но не зарегистрированных карточек: {0}. Они будут потеряны. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Card No. {0} registered. Enter the next one.</source>
        <translation>Карточка № {0} зарегистрирована. Введите следующую.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Reading appeal No. {0}…</source>
        <translation>Чтение обращения № {0}…</translation>
    </message>
    <message>
        <source>Close without registering?</source>
        <translation>Закрыть без регистрации?</translation>
    </message>
    <message>
        <source>What you typed in the form will be lost.</source>
        <translation>Введённые в форму данные будут потеряны.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Закрыть без регистрации</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить заполнение</translation>
    </message>
    <message>
        <source>Reply to appeal No. {0}</source>
        <translation>Ответ на обращение № {0}</translation>
    </message>
    <message>
        <source>New outgoing letter</source>
        <translation>Новое исходящее письмо</translation>
    </message>
    <message>
        <source>New incoming appeal</source>
        <translation>Новое входящее обращение</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Заявители</translation>
    </message>
    <message>
        <source>Respondent (seller, manufacturer, performer, organizer)</source>
        <translation>Сторона-ответчик (продавец, изготовитель, исполнитель, организатор)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Register the card and close the form (Enter in a one-line field, or Ctrl+Enter)</source>
        <translation>Зарегистрировать карточку и закрыть форму (Enter в однострочном поле или Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Register and new like this</source>
        <translation>Зарегистрировать и начать такую же</translation>
    </message>
    <message>
        <source>Register, then start the next card with the same journal, channel, form, type, kind and respondent (Ctrl+Shift+Enter)</source>
        <translation>Зарегистрировать и начать следующую карточку с тем же журналом, каналом поступления, формой, видом, категорией и стороной-ответчиком (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Print the applicant&apos;s receipt</source>
        <translation>Напечатать талон заявителя</translation>
    </message>
    <message>
        <source>After registering, open the receipt (талон) for the applicant who handed the appeal in</source>
        <translation>После регистрации открыть талон для заявителя, подавшего обращение лично</translation>
    </message>
    <message>
        <source>Close without registering (Esc)</source>
        <translation>Закрыть без регистрации (Esc)</translation>
    </message>
</context>
<context>
    <name>RegistryDialogs</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>The body, numbering, deadline rules, the working-day calendar, text recognition, language</source>
        <translation>Организация, нумерация, правила сроков, календарь рабочих дней, распознавание текста, язык</translation>
    </message>
    <message>
        <source>&amp;Staff (executors)…</source>
        <translation>&amp;Сотрудники (исполнители)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>Who may sign in, with which roles; blocking; new passwords</source>
        <translation>Кто может входить и с какими ролями; блокирование; новые пароли</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>On control: {0} · overdue: {1} · due today: {2}</source>
        <translation>На контроле: {0} · просрочено: {1} · срок сегодня: {2}</translation>
    </message>
    <message>
        <source>Due in the next {0} days: {1}. Applicants to be told of an extension: {2}.</source>
        <translation>Срок истекает в ближайшие {0} дн.: {1}. Заявителей нужно уведомить о продлении: {2}.</translation>
    </message>
    <message>
        <source>Overdue: {0}.</source>
        <translation>Просрочено: {0}.</translation>
    </message>
    <message>
        <source>Due today: {0}.</source>
        <translation>Срок сегодня: {0}.</translation>
    </message>
    <message>
        <source>Applicants to be told of an extension within {0} days: {1}.</source>
        <translation>Заявителей, которых нужно уведомить о продлении в течение {0} дн.: {1}.</translation>
    </message>
    <message>
        <source>Show overdue</source>
        <translation>Показать просроченные</translation>
    </message>
    <message>
        <source>Show due today</source>
        <translation>Показать со сроком сегодня</translation>
    </message>
    <message>
        <source>Appeals on execution control need attention</source>
        <translation>Обращения на контроле требуют внимания</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove from control</source>
        <translation>Снять с контроля</translation>
    </message>
    <message>
        <source>Result: {0}.</source>
        <translation>Результат: {0}.</translation>
    </message>
    <message>
        <source>The card leaves execution control. The latest outgoing reply registered to this appeal is linked to it. Enter a number below only to link another outgoing letter.</source>
        <translation>Карточка снимается с контроля исполнения. К ней привязывается последний исходящий ответ, зарегистрированный на это обращение. Введите номер ниже, только если нужно привязать другое исходящее письмо.</translation>
    </message>
    <message>
        <source>An appeal withdrawn by the applicant needs no reply.</source>
        <translation>Для обращения, отозванного заявителем, ответ не нужен.</translation>
    </message>
    <message>
        <source>for example 01/O-0012/26</source>
        <translation>например, 01/O-0012/26</translation>
    </message>
    <message>
        <source>&amp;Number of the outgoing reply (not required):</source>
        <translation>&amp;Номер исходящего ответа (необязательно):</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Resume control</source>
        <translation>Возобновить контроль</translation>
    </message>
    <message>
        <source>The card goes back under execution control; the recorded result is cancelled.</source>
        <translation>Карточка возвращается на контроль исполнения; внесённый результат отменяется.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Set a &amp;new due date:</source>
        <translation>Установить &amp;новый срок:</translation>
    </message>
    <message>
        <source>Otherwise the due date stays {0}.</source>
        <translation>Иначе срок исполнения остаётся прежним: {0}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {0}</source>
        <translation>Новый пароль для {0}</translation>
    </message>
    <message>
        <source>For {0}, who forgot the password. A lock after wrong passwords is lifted too. Tell them the new password in private.</source>
        <translation>Для {0}, кто забыл пароль. Блокировка после неверных паролей тоже снимается. Сообщите новый пароль лично.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Новый пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Задать пароль</translation>
    </message>
</context>
<context>
    <name>RespondentEditor</name>
    <message>
        <source>BIN/IIN {0}</source>
        <translation>БИН/ИИН {0}</translation>
    </message>
    <message>
        <source>From the list of respondents.</source>
        <translation>Из списка сторон-ответчиков.</translation>
    </message>
    <message>
        <source>Not chosen from the list: a new respondent unless the BIN/IIN is known.</source>
        <translation>Не выбрана из списка: если БИН/ИИН неизвестен, будет добавлена новая сторона-ответчик.</translation>
    </message>
    <message>
        <source>Type a part of the name or the BIN to choose from the list.</source>
        <translation>Чтобы выбрать из списка, введите часть наименования или БИН.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>BIN/II&amp;N:</source>
        <translation>&amp;БИН/ИИН:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Ад&amp;рес:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>Field of ac&amp;tivity:</source>
        <translation>Сфера &amp;деятельности:</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— не указана —</translation>
    </message>
    <message>
        <source>What the respondent does: the quarterly information counts appeals by it</source>
        <translation>Чем занимается ответчик: ежеквартальная информация считает обращения по этому признаку</translation>
    </message>
    <message>
        <source>part of the name: the list opens</source>
        <translation>часть наименования: откроется список</translation>
    </message>
    <message>
        <source>The seller (manufacturer, performer) or game organizer. Choose from the list with the arrow keys and Enter, or type a new one.</source>
        <translation>Продавец (изготовитель, исполнитель) или организатор игры. Выберите из списка стрелками и Enter или введите нового.</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>site, domain or IP</source>
        <translation>сайт, домен или IP</translation>
    </message>
    <message>
        <source>The website, domain or IP address of an online seller</source>
        <translation>Сайт, домен или IP-адрес интернет-продавца</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>The appeal names no respondent</source>
        <translation>В обращении не указана сторона-ответчик</translation>
    </message>
</context>
<context>
    <name>RespondentRole</name>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Изготовитель</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Game organizer</source>
        <translation>Организатор игры</translation>
    </message>
</context>
<context>
    <name>ResponsibleForm</name>
    <message>
        <source>Person responsible for personal data</source>
        <translation>Ответственный за персональные данные</translation>
    </message>
    <message>
        <source>The person responsible for organizing the processing of personal data. Every notice of a breach gives these contact details.</source>
        <translation>Лицо, ответственное за организацию обработки персональных данных. Эти контакты указываются в каждом уведомлении о нарушении.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record the result of consideration</source>
        <translation>Результат рассмотрения</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Внести результат</translation>
    </message>
    <message>
        <source>Result of consideration:</source>
        <translation>Результат рассмотрения:</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— выберите причину —</translation>
    </message>
    <message>
        <source>Reason for &amp;refusal:</source>
        <translation>Причина &amp;отказа:</translation>
    </message>
    <message>
        <source>&amp;Forwarded to (the body or organization):</source>
        <translation>&amp;Кому направлено (орган или организация):</translation>
    </message>
    <message>
        <source>&amp;Outgoing number of the covering letter:</source>
        <translation>&amp;Исходящий номер сопроводительного письма:</translation>
    </message>
    <message>
        <source>What the consumer got back or was paid, for the quarterly information</source>
        <translation>Что потребителю вернули или выплатили, для ежеквартальной информации</translation>
    </message>
    <message>
        <source>Amount &amp;recovered for the consumer, ₸ (not required):</source>
        <translation>Сумма, &amp;взысканная в пользу потребителя, ₸ (необязательно):</translation>
    </message>
    <message>
        <source>E&amp;xplanation of the refusal:</source>
        <translation>&amp;Пояснение причины отказа:</translation>
    </message>
    <message>
        <source>&amp;Note (not required):</source>
        <translation>П&amp;римечание (необязательно):</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <source>A record is kept for this many years after the end of the year its purpose was achieved; then it appears among the records due for destruction. The personal-data officer destroys them with a destruction act.</source>
        <translation>Запись хранится столько лет после окончания года, в котором достигнута цель; затем она попадает в список подлежащих уничтожению. Ответственный за персональные данные уничтожает их по акту.</translation>
    </message>
    <message>
        <source>The law sets no period for consumers&apos; appeals: 5 years follows the usual nomenclature of cases; change it to your body&apos;s nomenclature.</source>
        <translation>Закон не устанавливает срок для обращений потребителей: 5 лет — по обычной номенклатуре дел; измените его по номенклатуре вашей организации.</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>The staff member this person is (for an executor):</source>
        <translation>Какой это сотрудник (для ответственного исполнителя):</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>An executor acts on the appeals assigned to this staff member.</source>
        <translation>Ответственный исполнитель работает с обращениями, поручёнными этому сотруднику.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Attach electronic copies</source>
        <translation>Прикрепление электронных копий</translation>
    </message>
    <message>
        <source>Files for card No. {0}:</source>
        <translation>Файлы для карточки № {0}:</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <source>What are these files?</source>
        <translation>Что это за документы?</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Специалист-регистратор</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Personal-data officer</source>
        <translation>Ответственный за персональные данные</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>registers appeals and letters, attaches electronic copies, searches</source>
        <translation>регистрирует обращения и письма, прикрепляет электронные копии, ищет</translation>
    </message>
    <message>
        <source>works on the appeals assigned to them</source>
        <translation>работает с поручёнными ему обращениями</translation>
    </message>
    <message>
        <source>assigns executors, extends due dates, removes from control, reports</source>
        <translation>назначает исполнителей, продлевает сроки, снимает с контроля, отчёты</translation>
    </message>
    <message>
        <source>the audit log, subjects&apos; requests, blocking and destruction of personal data</source>
        <translation>журнал аудита, запросы субъектов, блокирование и уничтожение персональных данных</translation>
    </message>
    <message>
        <source>settings and accounts; sees no appeal content</source>
        <translation>настройки и учётные записи; содержание обращений не видит</translation>
    </message>
    <message>
        <source>read-only inspection of the registry and the audit log</source>
        <translation>проверка реестра и журнала аудита только для чтения</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {0}</source>
        <translation>Роли {0}</translation>
    </message>
    <message>
        <source>{0} ({1}) may do what the ticked roles allow, from their next sign-in on.</source>
        <translation>{0} ({1}) сможет делать то, что разрешают отмеченные роли, начиная со следующего входа.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ScanBatchList</name>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>The registration stamp of card No. %1: this page starts that card&apos;s appeal</source>
        <translation>Регистрационный штамп карточки № %1: с этой страницы начинается обращение этой карточки</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan</source>
        <translation>Сканирование</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Сканировать</translation>
    </message>
    <message>
        <source>Scan the pages in the feeder, or the page on the glass (Ctrl+Enter)</source>
        <translation>Отсканировать страницы в автоподатчике или страницу на стекле (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ос&amp;тановить</translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation>Добавить из &amp;файла…</translation>
    </message>
    <message>
        <source>Add the pages of a PDF, TIFF or JPEG file to the batch</source>
        <translation>Добавить в пакет страницы файла PDF, TIFF или JPEG</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Удалить все</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>To card No. %1 as</source>
        <translation>К карточке № %1 как</translation>
    </message>
    <message>
        <source>To the unfiled files (file them later)</source>
        <translation>В неразобранные файлы (разобрать позже)</translation>
    </message>
    <message>
        <source>Pages in the batch: %1</source>
        <translation>Страниц в пакете: %1</translation>
    </message>
    <message>
        <source>with a stamp: %1</source>
        <translation>со штампом: %1</translation>
    </message>
    <message>
        <source>blank pages left out: %1</source>
        <translation>пропущено пустых страниц: %1</translation>
    </message>
    <message>
        <source>Attached to card No. %1 (pages: %2)</source>
        <translation>Прикреплено к карточке № %1 (страниц: %2)</translation>
    </message>
    <message>
        <source>Filed under the cards: %1</source>
        <translation>Прикреплено к карточкам: %1</translation>
    </message>
    <message>
        <source>To the unfiled files (pages: %1): %2</source>
        <translation>В неразобранные файлы (страниц: %1): %2</translation>
    </message>
    <message>
        <source>Kept here (pages: %1): %2</source>
        <translation>Остались здесь (страниц: %1): %2</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>Профиль не сохранён.</translation>
    </message>
    <message>
        <source>The file of scan profiles cannot be written on this computer.</source>
        <translation>На этом компьютере нельзя записать файл профилей сканирования.</translation>
    </message>
    <message>
        <source>Scanned pages not saved: %1. Discard them?</source>
        <translation>Несохранённых отсканированных страниц: %1. Удалить их?</translation>
    </message>
    <message>
        <source>No pages yet: scan, or add pages from a file.</source>
        <translation>Страниц пока нет: отсканируйте или добавьте страницы из файла.</translation>
    </message>
    <message>
        <source>Card by card by the QR stamps</source>
        <translation>По карточкам по QR-штампам</translation>
    </message>
    <message>
        <source>A page with a new stamp starts the next appeal; pages before the first stamp go to the unfiled files.</source>
        <translation>Страница с новым штампом начинает следующее обращение; страницы до первого штампа попадают в неразобранные файлы.</translation>
    </message>
    <message>
        <source>The profile cannot be used.</source>
        <translation>Этот профиль нельзя использовать.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Scanning… page %1 received</source>
        <translation>Сканирование… получена страница %1</translation>
    </message>
    <message>
        <source>Add pages from a file</source>
        <translation>Добавить страницы из файла</translation>
    </message>
    <message>
        <source>Scans (%1)</source>
        <translation>Отсканированные документы (%1)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The pages were not attached; they are kept here.</source>
        <translation>Страницы не прикреплены; они остались здесь.</translation>
    </message>
    <message>
        <source>The batch is saved.</source>
        <translation>Пакет сохранён.</translation>
    </message>
    <message>
        <source>Some pages could not be filed.</source>
        <translation>Некоторые страницы не удалось прикрепить к карточкам.</translation>
    </message>
    <message>
        <source>Save the scan profile</source>
        <translation>Сохранить профиль сканирования</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Название профиля:</translation>
    </message>
    <message>
        <source>Discard the scanned pages?</source>
        <translation>Удалить отсканированные страницы?</translation>
    </message>
</context>
<context>
    <name>ScanFlow</name>
    <message>
        <source>&amp;Scan…</source>
        <translation>Ск&amp;анировать…</translation>
    </message>
    <message>
        <source>Scan paper from the scanner: into the selected card, or card by card by the QR stamps (Ctrl+Shift+S)</source>
        <translation>Отсканировать бумажные документы: в выбранную карточку или по карточкам по QR-штампам (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>ScanProfileForm</name>
    <message>
        <source>&amp;Scanner:</source>
        <translation>Ска&amp;нер:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Ра&amp;змер страницы:</translation>
    </message>
    <message>
        <source>Blank pages:</source>
        <translation>Пустые страницы:</translation>
    </message>
    <message>
        <source>Blank below:</source>
        <translation>Пустая, если меньше:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Look for scanners again (after one is switched on or connected)</source>
        <translation>Искать сканеры заново (после включения или подключения сканера)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Leave out blank pages</source>
        <translation>Пропускать пустые страницы</translation>
    </message>
    <message>
        <source>Raise it if blank backs with specks of dust are kept; lower it if pages with a single short line are left out</source>
        <translation>Увеличьте значение, если остаются пустые обороты с пылинками; уменьшите, если пропускаются страницы с одной короткой строкой</translation>
    </message>
    <message>
        <source>A page with less ink than this share of its area is blank.</source>
        <translation>Страница, на которой краски меньше этой доли площади, считается пустой.</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation>Сканер не найден</translation>
    </message>
    <message>
        <source>Check that the scanner is switched on and connected, then press Refresh. Until then, add pages from a file, or let a network scanner save into the scanner folder.</source>
        <translation>Проверьте, что сканер включён и подключён, затем нажмите «Обновить». А пока добавьте страницы из файла или пусть сетевой сканер сохраняет сканы в папку сканера.</translation>
    </message>
</context>
<context>
    <name>ScanTexts</name>
    <message>
        <source>Flatbed (glass)</source>
        <translation>Планшет (стекло)</translation>
    </message>
    <message>
        <source>Feeder, one side</source>
        <translation>Автоподатчик, одна сторона</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Автоподатчик, обе стороны</translation>
    </message>
    <message>
        <source>Grey (stamps and signatures stay legible)</source>
        <translation>Оттенки серого (штампы и подписи остаются разборчивыми)</translation>
    </message>
    <message>
        <source>Black and white (plain text, smallest file)</source>
        <translation>Чёрно-белый (простой текст, самый маленький файл)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цветной</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>The whole scan area</source>
        <translation>Вся область сканирования</translation>
    </message>
    <message>
        <source>Appeals: grey, 300 dpi</source>
        <translation>Обращения: оттенки серого, 300 dpi</translation>
    </message>
    <message>
        <source>Plain text: black and white, 300 dpi</source>
        <translation>Простой текст: чёрно-белый, 300 dpi</translation>
    </message>
    <message>
        <source>Colour documents, 300 dpi</source>
        <translation>Цветные документы, 300 dpi</translation>
    </message>
    <message>
        <source>Scanning is not available on this computer.</source>
        <translation>На этом компьютере сканирование недоступно.</translation>
    </message>
    <message>
        <source>The scanner drivers are not installed. Scan with the scanner&apos;s own program into the scanner folder, or add pages from a file.</source>
        <translation>Драйверы сканера не установлены. Сканируйте собственной программой сканера в папку сканера или добавьте страницы из файла.</translation>
    </message>
    <message>
        <source>The scanner is not found.</source>
        <translation>Сканер не найден.</translation>
    </message>
    <message>
        <source>Check that it is switched on and connected, then press Refresh.</source>
        <translation>Проверьте, что он включён и подключён, затем нажмите «Обновить».</translation>
    </message>
    <message>
        <source>The scanner is busy.</source>
        <translation>Сканер занят.</translation>
    </message>
    <message>
        <source>Another program or computer is using it. Wait until it finishes, then scan again.</source>
        <translation>Его использует другая программа или другой компьютер. Дождитесь окончания и повторите сканирование.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>Замятие бумаги.</translation>
    </message>
    <message>
        <source>Open the feeder and take out the jammed sheet. The pages scanned so far are kept below; put the remaining sheets back and scan again to add them.</source>
        <translation>Откройте автоподатчик и извлеките замятый лист. Уже отсканированные страницы остались в списке ниже; вложите оставшиеся листы обратно и повторите сканирование, чтобы добавить их.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder.</source>
        <translation>В автоподатчике нет бумаги.</translation>
    </message>
    <message>
        <source>Put the pages in the feeder, face as the scanner shows, and scan again; or choose the flatbed.</source>
        <translation>Положите страницы в автоподатчик лицевой стороной, как показано на сканере, и повторите сканирование; или выберите планшет.</translation>
    </message>
    <message>
        <source>This scanner has no feeder.</source>
        <translation>У этого сканера нет автоподатчика.</translation>
    </message>
    <message>
        <source>Choose "Flatbed (glass)" and scan the sheets one by one.</source>
        <translation>Выберите «Планшет (стекло)» и сканируйте листы по одному.</translation>
    </message>
    <message>
        <source>This scanner cannot scan both sides.</source>
        <translation>Этот сканер не умеет сканировать обе стороны.</translation>
    </message>
    <message>
        <source>Choose "Feeder, one side" and turn the pile over for the back sides.</source>
        <translation>Выберите "Автоподатчик, одна сторона", а для оборотных сторон переверните стопку.</translation>
    </message>
    <message>
        <source>An odd number of sides arrived although both sides were asked for.</source>
        <translation>Запрошены обе стороны, но получено нечётное число сторон.</translation>
    </message>
    <message>
        <source>The scanner may have scanned one side only. Check the pages below before saving.</source>
        <translation>Возможно, сканер отсканировал только одну сторону. Перед сохранением проверьте страницы ниже.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open.</source>
        <translation>Крышка сканера открыта.</translation>
    </message>
    <message>
        <source>Close the cover and scan again. The pages scanned so far are kept.</source>
        <translation>Закройте крышку и повторите сканирование. Уже отсканированные страницы не потеряны.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the scanner.</source>
        <translation>Пользователю этого компьютера не разрешено использовать сканер.</translation>
    </message>
    <message>
        <source>Ask the administrator to give access to the scanner.</source>
        <translation>Попросите администратора предоставить доступ к сканеру.</translation>
    </message>
    <message>
        <source>The scanner reported an error.</source>
        <translation>Сканер сообщил об ошибке.</translation>
    </message>
    <message>
        <source>Switch the scanner off and on, then scan again. The pages scanned so far are kept.</source>
        <translation>Выключите и снова включите сканер, затем повторите сканирование. Уже отсканированные страницы не потеряны.</translation>
    </message>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>Сканирование отменено.</translation>
    </message>
    <message>
        <source>The pages scanned before are kept below.</source>
        <translation>Ранее отсканированные страницы остались в списке ниже.</translation>
    </message>
    <message>
        <source>no registration stamp before these pages</source>
        <translation>перед этими страницами нет регистрационного штампа</translation>
    </message>
    <message>
        <source>the stamp names a card this registry does not hold</source>
        <translation>в штампе указана карточка, которой нет в этом реестре</translation>
    </message>
    <message>
        <source>the stamp&apos;s number differs from the card&apos;s number</source>
        <translation>номер в штампе не совпадает с номером карточки</translation>
    </message>
    <message>
        <source>they could not be stored (see the log); save them again</source>
        <translation>их не удалось сохранить (см. журнал); сохраните их ещё раз</translation>
    </message>
    <message>
        <source>The file cannot be added.</source>
        <translation>Файл нельзя добавить.</translation>
    </message>
    <message>
        <source>It has more pages than a batch holds (500). Attach it to the card as a file instead.</source>
        <translation>В нём больше страниц, чем вмещает пакет (500). Прикрепите его к карточке как файл.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type something to search for, or choose some criteria.</source>
        <translation>Введите, что искать, или выберите условия поиска.</translation>
    </message>
    <message>
        <source>Type words in the search line to find them in the cards and in the recognised text of their electronic copies, or leave it empty and search by the card&apos;s fields under More criteria.</source>
        <translation>Введите слова в строку поиска, чтобы найти их в карточках и в распознанном тексте их электронных копий. Или оставьте строку пустой и ищите по полям карточки в разделе «Дополнительные условия».</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>No cards found.</source>
        <translation>Карточки не найдены.</translation>
    </message>
    <message>
        <source>Showing the best {0} matches. Add words to narrow the search.</source>
        <translation>Показаны {0} наиболее подходящих карточек. Добавьте слова, чтобы уточнить поиск.</translation>
    </message>
    <message>
        <source>Cards found: {0}</source>
        <translation>Найдено карточек: {0}</translation>
    </message>
    <message>
        <source>Check the spelling, or try fewer words, or only the beginning of a word.</source>
        <translation>Проверьте написание, уменьшите число слов или введите только начало слова.</translation>
    </message>
    <message>
        <source>Showing the first {0} cards, newest first. Scroll down for more, or add criteria.</source>
        <translation>Показаны первые {0} карточек, сначала новые. Прокрутите вниз, чтобы увидеть остальные, или добавьте условия.</translation>
    </message>
    <message>
        <source>More criteria ({0} set)</source>
        <translation>Дополнительные условия (задано: {0})</translation>
    </message>
    <message>
        <source>More criteria</source>
        <translation>Дополнительные условия</translation>
    </message>
    <message>
        <source>Search: words, "an exact phrase", -a word to leave out. Enter searches, Esc clears.</source>
        <translation>Поиск: слова, "точная фраза", -исключаемое слово. Enter — искать, Esc — очистить.</translation>
    </message>
    <message>
        <source>Every word must occur (its beginning is enough); words in quotes must stand together; a minus leaves out the cards with that word. A registration number finds its card.</source>
        <translation>Каждое слово должно встретиться (достаточно его начала); слова в кавычках должны стоять рядом; минус исключает карточки с этим словом. Регистрационный номер находит свою карточку.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Empty the search line and every criterion</source>
        <translation>Очистить строку поиска и все условия</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Changes on this page are not saved yet</source>
        <translation>Изменения на этой странице ещё не сохранены</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <source>Changes not saved yet, on these pages:</source>
        <translation>Несохранённые изменения на этих страницах:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
</context>
<context>
    <name>SettlementBodyType</name>
    <message>
        <source>Mediators&apos; organisation</source>
        <translation>Организация медиаторов</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Арбитраж</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>Общественное объединение потребителей</translation>
    </message>
    <message>
        <source>Association of sellers (self-regulating organisation)</source>
        <translation>Объединение продавцов (саморегулируемая организация)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иной</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Type your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Registry of {0}. Type your login and password.</source>
        <translation>Реестр: {0}. Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Type your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Forgot the password? The administrator can set a new one for you in Reference › Accounts.</source>
        <translation>Забыли пароль? Администратор может задать вам новый в разделе Справочники › Учётные записи.</translation>
    </message>
</context>
<context>
    <name>SlipActions</name>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>&amp;Печать карточки…</translation>
    </message>
    <message>
        <source>The registration-control card with its history, to print or save as PDF</source>
        <translation>Регистрационно-контрольная карточка с историей: напечатать или сохранить в PDF</translation>
    </message>
    <message>
        <source>Print rece&amp;ipt…</source>
        <translation>Печать &amp;талона…</translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt confirming the appeal was accepted</source>
        <translation>Талон заявителя, подтверждающий приём обращения</translation>
    </message>
    <message>
        <source>Print stamp &amp;label…</source>
        <translation>Печать &amp;штампа…</translation>
    </message>
    <message>
        <source>A registration stamp label with the card&apos;s QR code</source>
        <translation>Наклейка регистрационного штампа с QR-кодом карточки</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print the card, the applicant&apos;s receipt or a stamp label</source>
        <translation>Напечатать карточку, талон заявителя или наклейку штампа</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff (executors)</source>
        <translation>Сотрудники (исполнители)</translation>
    </message>
    <message>
        <source>The staff members who can be made the responsible executors of appeals. Each one you add is saved at once.</source>
        <translation>Сотрудники, которых можно назначать ответственными исполнителями по обращениям. Каждый добавленный сотрудник сохраняется сразу.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>The list is empty. Add the first staff member below.</source>
        <translation>Список пуст. Добавьте первого сотрудника ниже.</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Surname, given name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>P&amp;osition (not required):</source>
        <translation>&amp;Должность (необязательно):</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>Доб&amp;авить в список</translation>
    </message>
</context>
<context>
    <name>StampLabel</name>
    <message>
        <source>Registration stamp No. {0}</source>
        <translation>Регистрационный штамп № {0}</translation>
    </message>
    <message>
        <source>Registration stamps: {0}</source>
        <translation>Регистрационные штампы: {0}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Technical details: {0}</source>
        <translation>Технические подробности: {0}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>A person&apos;s data</source>
        <translation>Данные лица</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Напечатать отчёт…</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>Отчёт в P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Уничтожить…</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>Type the person&apos;s IIN and press Look up.</source>
        <translation>Введите ИИН лица и нажмите «Найти».</translation>
    </message>
    <message>
        <source>Cards holding the person: {0}.</source>
        <translation>Карточек с данными лица: {0}.</translation>
    </message>
    <message>
        <source>Blocked since {0} by {1}; requested {2}, due {3}.</source>
        <translation>Заблокировано с {0} ({1}); запрос от {2}, срок {3}.</translation>
    </message>
    <message>
        <source>Unblocked on {0}: the data were destroyed by act No. {1}.</source>
        <translation>Разблокировано {0}: данные уничтожены по акту № {1}.</translation>
    </message>
    <message>
        <source>Unblocked on {0}.</source>
        <translation>Разблокировано {0}.</translation>
    </message>
    <message>
        <source>Destroying would touch {0} records: {1} cards of the person alone, {2} collective cards, {3} cards mentioning the IIN, {4} unfiled scans.</source>
        <translation>Уничтожение затронет записей: {0} — карточек только этого лица {1}, коллективных карточек {2}, карточек с упоминанием ИИН {3}, неподшитых сканов {4}.</translation>
    </message>
    <message>
        <source>Subject-access report</source>
        <translation>Справка субъекту о его персональных данных</translation>
    </message>
    <message>
        <source>Unblock the person&apos;s data</source>
        <translation>Разблокировать данные лица</translation>
    </message>
    <message>
        <source>Block the person&apos;s data</source>
        <translation>Заблокировать данные лица</translation>
    </message>
    <message>
        <source>Reason (the request or the finding):</source>
        <translation>Причина (запрос или выявленное обстоятельство):</translation>
    </message>
    <message>
        <source>State the basis: the decision&apos;s number and date, or the finding.</source>
        <translation>Укажите обоснование: номер и дату решения или выявленное обстоятельство.</translation>
    </message>
</context>
<context>
    <name>SubjectReport</name>
    <message>
        <source>registered</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>просмотрено</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>распечатано</translation>
    </message>
    <message>
        <source>written out</source>
        <translation>выгружено</translation>
    </message>
    <message>
        <source>transferred to a third party</source>
        <translation>передано третьему лицу</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <source>unblocked</source>
        <translation>разблокировано</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>уничтожено</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>восстановлено из резервной копии</translation>
    </message>
    <message>
        <source>registration card</source>
        <translation>регистрационная карточка</translation>
    </message>
    <message>
        <source>electronic copy of the papers</source>
        <translation>электронная копия документов</translation>
    </message>
    <message>
        <source>the person&apos;s data</source>
        <translation>данные лица</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>результаты поиска</translation>
    </message>
    <message>
        <source>list of the journal</source>
        <translation>список журнала</translation>
    </message>
    <message>
        <source>personal-data security breach</source>
        <translation>нарушение безопасности персональных данных</translation>
    </message>
    <message>
        <source>backup of the registry</source>
        <translation>резервная копия реестра</translation>
    </message>
    <message>
        <source>ground for processing (consent)</source>
        <translation>основание обработки (согласие)</translation>
    </message>
    <message>
        <source>destruction act</source>
        <translation>акт об уничтожении</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>name of the organization</source>
        <translation>наименование организации</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <source>website</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <source>text of the appeal</source>
        <translation>текст обращения</translation>
    </message>
    <message>
        <source>electronic copies (scans) of the papers</source>
        <translation>электронные копии (сканы) документов</translation>
    </message>
    <message>
        <source>as the applicant</source>
        <translation>как заявитель</translation>
    </message>
    <message>
        <source>as the respondent</source>
        <translation>как ответчик</translation>
    </message>
    <message>
        <source>incoming appeal</source>
        <translation>входящее обращение</translation>
    </message>
    <message>
        <source>outgoing letter</source>
        <translation>исходящее письмо</translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation>Цель обработки</translation>
    </message>
    <message>
        <source>Registration, consideration and control of consumers&apos; appeals to the body for the pre-trial settlement of consumer disputes (Law of the Republic of Kazakhstan "On the protection of consumer rights"; the Rules of registration and consideration of appeals); replies to the applicant; pre-trial settlement of disputes. The data are used for no other purpose (Law on personal data, art. 7(8), 14).</source>
        <translation>Регистрация, рассмотрение и контроль обращений потребителей в орган досудебного урегулирования потребительских споров (Закон Республики Казахстан «О защите прав потребителей»; Правила регистрации и рассмотрения обращений); ответы заявителю; досудебное урегулирование споров. Данные не используются ни для какой иной цели (Закон о персональных данных, ст. 7 п. 8, ст. 14).</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Processing necessary for the body to perform its functions established by law (Law "On personal data and their protection" No. 94-V, art. 9) and the consent the applicant gives with the appeal (art. 7, 8).</source>
        <translation>Обработка, необходимая органу для выполнения функций, установленных законом (Закон «О персональных данных и их защите» № 94-V, ст. 9), и согласие, которое заявитель даёт вместе с обращением (ст. 7, 8).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>The appeal and the documents the applicant or their representative submitted (on paper, by e-mail or through e-government services), and the replies of the body.</source>
        <translation>Обращение и документы, представленные заявителем или его представителем (на бумаге, по электронной почте или через сервисы электронного правительства), и ответы органа.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Способы обработки</translation>
    </message>
    <message>
        <source>Automated processing in the registry of appeals (registration cards, electronic copies of the papers, execution control) by staff whose roles allow it; every access is recorded in the audit trail.</source>
        <translation>Автоматизированная обработка в реестре обращений (регистрационные карточки, электронные копии документов, контроль исполнения) сотрудниками, которым это разрешают их роли; каждый доступ записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Storage periods</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <source>Kept for the storage periods of appeal files; when they run out the data are destroyed and a destruction act is drawn up (Law on personal data, art. 12).</source>
        <translation>Хранятся в течение сроков хранения дел по обращениям; по их истечении данные уничтожаются и составляется акт об уничтожении (Закон о персональных данных, ст. 12).</translation>
    </message>
    <message>
        <source>Provided free of charge (Law on personal data, art. 25). Actions are numbered in the order of the registry&apos;s tamper-evident audit trail.</source>
        <translation>Предоставляется бесплатно (Закон о персональных данных, ст. 25). Действия пронумерованы в порядке защищённого от изменений журнала аудита реестра.</translation>
    </message>
    <message>
        <source>Subject-access report {0}</source>
        <translation>Справка субъекту о его персональных данных {0}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>получатель: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>registered {0}</source>
        <translation>зарегистрировано {0}</translation>
    </message>
    <message>
        <source>electronic copies: {0}</source>
        <translation>электронных копий: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>card {0}</source>
        <translation>карточка {0}</translation>
    </message>
    <message>
        <source>letter {0}</source>
        <translation>письмо {0}</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>выполнил: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Report on the personal data held in the registry of appeals</source>
        <translation>Справка о персональных данных, хранящихся в реестре обращений</translation>
    </message>
    <message>
        <source>IIN/BIN:</source>
        <translation>ИИН/БИН:</translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation>Составлена:</translation>
    </message>
    <message>
        <source>Astana time</source>
        <translation>время Астаны</translation>
    </message>
    <message>
        <source>Data held:</source>
        <translation>Данные хранятся:</translation>
    </message>
    <message>
        <source>Cards holding the person&apos;s data</source>
        <translation>Карточки с данными лица</translation>
    </message>
    <message>
        <source>Personal data held</source>
        <translation>Хранимые персональные данные</translation>
    </message>
    <message>
        <source>Actions on the person&apos;s data (audit trail)</source>
        <translation>Действия с данными лица (журнал аудита)</translation>
    </message>
    <message>
        <source>Third parties the data went to</source>
        <translation>Третьи лица, которым переданы данные</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Synchronisation conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <source>The same field was changed at two workstations before they synchronised. The central store kept one value and the other waits here: nothing is overwritten until a supervisor chooses which one stays.</source>
        <translation>Одно и то же поле изменили на двух рабочих местах до синхронизации. Центральная база данных сохранила одно значение, а другое ждёт здесь: ничего не перезаписывается, пока руководитель не выберет, какое останется.</translation>
    </message>
    <message>
        <source>Only a supervisor resolves conflicts; you can look at them here.</source>
        <translation>Конфликты разрешает только руководитель; здесь их можно просмотреть.</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Показать &amp;разрешённые</translation>
    </message>
    <message>
        <source>&amp;Keep the central value</source>
        <translation>&amp;Оставить центральное значение</translation>
    </message>
    <message>
        <source>The value on the central store stays; the other is dropped</source>
        <translation>Остаётся значение из центральной базы данных; другое отбрасывается</translation>
    </message>
    <message>
        <source>&amp;Use the workstation&apos;s value</source>
        <translation>&amp;Взять значение рабочего места</translation>
    </message>
    <message>
        <source>The other workstation&apos;s value replaces the central one everywhere</source>
        <translation>Значение другого рабочего места заменяет центральное везде</translation>
    </message>
    <message>
        <source>Card No.</source>
        <translation>Карточка №</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Central value</source>
        <translation>Центральное значение</translation>
    </message>
    <message>
        <source>Workstation&apos;s value</source>
        <translation>Значение рабочего места</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Waiting for a decision: {0}</source>
        <translation>Ожидают решения: {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Exchange changes with the central store now ({0})</source>
        <translation>Обменяться изменениями с центральной базой данных сейчас ({0})</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>Fields changed at two workstations, waiting for a supervisor</source>
        <translation>Поля, изменённые на двух рабочих местах и ожидающие руководителя</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>&amp;Проблемы синхронизации…</translation>
    </message>
    <message>
        <source>Changes the central store refused</source>
        <translation>Изменения, отклонённые центральной базой данных</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>A synchronisation is already running; you will be told how it ends.</source>
        <translation>Синхронизация уже идёт; вам сообщат, чем она закончится.</translation>
    </message>
    <message>
        <source>Synchronised: {0} changes sent, {1} received</source>
        <translation>Синхронизировано: изменений отправлено {0}, получено {1}</translation>
    </message>
    <message>
        <source>Conflicts: {0}</source>
        <translation>Конфликты: {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Отклонено: {0}</translation>
    </message>
    <message>
        <source>{0} changes sent, {1} received</source>
        <translation>Изменений отправлено {0}, получено {1}</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The CA certificate of the central store</source>
        <translation>Сертификат CA центральной базы данных</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Disconnect from the central store</source>
        <translation>Отключиться от центральной базы данных</translation>
    </message>
    <message>
        <source>This workstation stops synchronising. Everything registered here stays here; changes not sent yet are sent only if it is connected again. The password leaves this computer&apos;s keyring.

Disconnect now?</source>
        <translation>Это рабочее место перестанет синхронизироваться. Всё зарегистрированное здесь остаётся здесь; ещё не отправленные изменения будут отправлены, только если его снова подключить. Пароль удаляется из хранилища ключей этого компьютера.

Отключиться сейчас?</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>сохранён в хранилище ключей</translation>
    </message>
    <message>
        <source>Now: standalone. This registry is kept on this computer only.</source>
        <translation>Сейчас: автономная работа. Этот реестр хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Now: synced with {0} as workstation {1}. The central store gave it the code {2}: every new registration number here carries it.</source>
        <translation>Сейчас: синхронизация с {0} как рабочее место {1}. Центральная база данных выдала ему код {2}: он входит в каждый новый регистрационный номер здесь.</translation>
    </message>
    <message>
        <source>Type the workstation&apos;s password (it is asked for at every connection and kept in the keyring).</source>
        <translation>Введите пароль рабочего места (он запрашивается при каждом подключении и хранится в хранилище ключей).</translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation>Выберите, как шифруется соединение.</translation>
    </message>
    <message>
        <source>There is no such file. Choose the CA certificate file.</source>
        <translation>Такого файла нет. Выберите файл сертификата CA.</translation>
    </message>
    <message>
        <source>This mode checks the server against a CA certificate: choose its file, or another encryption mode.</source>
        <translation>Этот режим проверяет сервер по сертификату CA: выберите его файл или другой режим шифрования.</translation>
    </message>
    <message>
        <source>Type the address as postgresql://server:port/database, such as postgresql://db.example.kz:5432/registry.</source>
        <translation>Введите адрес в виде postgresql://сервер:порт/база, например postgresql://db.example.kz:5432/registry.</translation>
    </message>
    <message>
        <source>The address must not hold the password: type it in the password field.</source>
        <translation>В адресе не должно быть пароля: введите его в поле пароля.</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Отключение…</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>Подключение к центральной базе данных…</translation>
    </message>
    <message>
        <source>Connected. The central store gave this workstation the code {0}.</source>
        <translation>Подключено. Центральная база данных выдала этому рабочему месту код {0}.</translation>
    </message>
    <message>
        <source>Disconnected. Everything registered stays on this computer.</source>
        <translation>Отключено. Всё зарегистрированное остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>Synchronisation with the central store</source>
        <translation>Синхронизация с центральной базой данных</translation>
    </message>
    <message>
        <source>Several workstations of one body can share one central PostgreSQL store. Each keeps working on its own copy when the network is down, and exchanges changes with the central store every 5 minutes and on demand (F9). Registration numbers never collide: each workstation&apos;s code is part of them.</source>
        <translation>Несколько рабочих мест одного субъекта могут использовать одну центральную базу данных PostgreSQL. Без сети каждое продолжает работать со своей копией и обменивается изменениями с центральной базой каждые 5 минут и по запросу (F9). Регистрационные номера никогда не совпадают: в них входит код каждого рабочего места.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>S&amp;tandalone: this computer only</source>
        <translation>&amp;Автономно: только этот компьютер</translation>
    </message>
    <message>
        <source>S&amp;ynced with a central store</source>
        <translation>&amp;Синхронизация с центральной базой данных</translation>
    </message>
    <message>
        <source>Central store &amp;address:</source>
        <translation>А&amp;дрес центральной базы данных:</translation>
    </message>
    <message>
        <source>Given by the central store&apos;s administrator (clerk-app central init); no password in it.</source>
        <translation>Сообщает администратор центральной базы данных (clerk-app central init); без пароля.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring and never shown. To change it, type a new one and connect.</source>
        <translation>Хранится в хранилище ключей и не показывается. Чтобы сменить, введите новый и подключитесь.</translation>
    </message>
    <message>
        <source>With the CA&apos;s certificate, verify-full makes sure this workstation talks to the real server.</source>
        <translation>С сертификатом CA режим verify-full проверяет, что сервер настоящий.</translation>
    </message>
    <message>
        <source>&amp;Workstation name on the central store:</source>
        <translation>&amp;Имя рабочего места в центральной базе данных:</translation>
    </message>
    <message>
        <source>The workstation&apos;s PostgreSQL role, created with clerk-app central add-station NAME.</source>
        <translation>Роль PostgreSQL рабочего места, создаётся командой clerk-app central add-station NAME.</translation>
    </message>
    <message>
        <source>&amp;Password of the workstation:</source>
        <translation>Па&amp;роль рабочего места:</translation>
    </message>
    <message>
        <source>&amp;Encryption of the connection (TLS):</source>
        <translation>&amp;Шифрование соединения (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation>&amp;Файл сертификата CA:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Под&amp;ключиться</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Отключиться…</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Проблемы синхронизации</translation>
    </message>
    <message>
        <source>Changes of this workstation that the central store refused, and records received from the central store that do not fit the records here. They wait here and hold up nothing else. For a refused change, fix the cause (often the card itself), then Retry; or Discard the change, and the record takes the central store&apos;s values at the next synchronisation. A received record is tried again by itself at every synchronisation.</source>
        <translation>Изменения этого рабочего места, которые центральная база данных отклонила, и записи из центральной базы данных, которые не согласуются с записями здесь. Они ждут здесь и ничего больше не задерживают. Для отклонённого изменения устраните причину (часто в самой карточке) и нажмите «Повторить»; или откажитесь от изменения, и запись при следующей синхронизации получит значения из центральной базы данных. Полученная запись сама принимается заново при каждой синхронизации.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Send the change again at the next synchronisation</source>
        <translation>Отправить изменение снова при следующей синхронизации</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Отказаться…</translation>
    </message>
    <message>
        <source>Give the change up: the central store&apos;s values stay</source>
        <translation>Отказаться от изменения: остаются значения из центральной базы данных</translation>
    </message>
    <message>
        <source>Card No.</source>
        <translation>Карточка №</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Почему отклонено</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Sync problems: {0}</source>
        <translation>Проблемы синхронизации: {0}</translation>
    </message>
    <message>
        <source>It is received again at every synchronisation, with the records that depend on it, and is taken in as soon as the record on the central store or here no longer collides with it. Tell the central store&apos;s administrator.</source>
        <translation>Она заново принимается при каждой синхронизации вместе с зависящими от неё записями и будет принята, как только запись в центральной базе данных или здесь перестанет с ней конфликтовать. Сообщите администратору центральной базы данных.</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Отказ от изменения</translation>
    </message>
    <message>
        <source>Discard the refused change of {0}? It will not be sent again, and at the next synchronisation the record here takes the central store&apos;s values.</source>
        <translation>Отказаться от отклонённого изменения {0}? Оно больше не будет отправляться, а при следующей синхронизации запись здесь получит значения из центральной базы данных.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Connecting to the central store</source>
        <translation>Подключение к центральной базе данных</translation>
    </message>
    <message>
        <source>Sending this workstation&apos;s changes</source>
        <translation>Отправка изменений этого рабочего места</translation>
    </message>
    <message>
        <source>Sending electronic copies</source>
        <translation>Отправка электронных копий</translation>
    </message>
    <message>
        <source>Receiving the other workstations&apos; changes</source>
        <translation>Получение изменений других рабочих мест</translation>
    </message>
    <message>
        <source>Receiving electronic copies</source>
        <translation>Получение электронных копий</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Encrypted, the server checked against the CA certificate (verify-full)</source>
        <translation>Зашифровано, сервер проверяется по сертификату CA (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the certificate checked against the CA but not the server&apos;s name (verify-ca)</source>
        <translation>Зашифровано, сертификат проверяется по CA, но имя сервера не проверяется (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the server not checked (require)</source>
        <translation>Зашифровано, сервер не проверяется (require)</translation>
    </message>
    <message>
        <source>Not encrypted (disable): only inside a trusted network</source>
        <translation>Без шифрования (disable): только внутри доверенной сети</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Applicant of a card</source>
        <translation>Заявитель карточки</translation>
    </message>
    <message>
        <source>Edit history of a card</source>
        <translation>История изменений карточки</translation>
    </message>
    <message>
        <source>Electronic copy</source>
        <translation>Электронная копия</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Распознанный текст</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Контроль исполнения</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Settlement body</source>
        <translation>Субъект урегулирования</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Сторона-ответчик</translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation>Правило сроков</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Role of an account</source>
        <translation>Роль учётной записи</translation>
    </message>
    <message>
        <source>Personal data ground</source>
        <translation>Основание обработки персональных данных</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Person affected by a breach</source>
        <translation>Лицо, затронутое нарушением</translation>
    </message>
    <message>
        <source>Destruction act</source>
        <translation>Акт уничтожения</translation>
    </message>
    <message>
        <source>Record of a destruction act</source>
        <translation>Запись акта уничтожения</translation>
    </message>
    <message>
        <source>Blocking of personal data</source>
        <translation>Блокирование персональных данных</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>Запись журнала аудита</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Вид субъекта</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Number template</source>
        <translation>Шаблон номера</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>It refers to a record the central store does not have yet.</source>
        <translation>Она ссылается на запись, которой в центральной базе данных ещё нет.</translation>
    </message>
    <message>
        <source>Another workstation already sent a record with the same unique value.</source>
        <translation>Другое рабочее место уже отправило запись с тем же уникальным значением.</translation>
    </message>
    <message>
        <source>A value breaks a rule of the central store.</source>
        <translation>Значение нарушает правило центральной базы данных.</translation>
    </message>
    <message>
        <source>A required value is empty.</source>
        <translation>Обязательное значение не заполнено.</translation>
    </message>
    <message>
        <source>This workstation may not change this record.</source>
        <translation>Этому рабочему месту нельзя изменять эту запись.</translation>
    </message>
    <message>
        <source>The record was removed on the central store.</source>
        <translation>Запись удалена в центральной базе данных.</translation>
    </message>
    <message>
        <source>The central store refused the change.</source>
        <translation>Центральная база данных отклонила изменение.</translation>
    </message>
    <message>
        <source>A record received from the central store has the same unique value as one here.</source>
        <translation>Запись, полученная из центральной базы данных, имеет то же уникальное значение, что и запись здесь.</translation>
    </message>
    <message>
        <source>A record received from the central store does not fit the records here.</source>
        <translation>Запись, полученная из центральной базы данных, не согласуется с записями здесь.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} из {2}</translation>
    </message>
    <message>
        <source>Syncing… {0}%</source>
        <translation>Синхронизация… {0}%</translation>
    </message>
    <message>
        <source>Offline — changes waiting: {0}</source>
        <translation>Нет связи — не отправлено: {0}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Сбой синхронизации</translation>
    </message>
    <message>
        <source>Sync problems: {0}</source>
        <translation>Проблемы синхронизации: {0}</translation>
    </message>
    <message>
        <source>Conflicts: {0}</source>
        <translation>Конфликты: {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Синхронизировано {0}</translation>
    </message>
    <message>
        <source>Central store: {0}</source>
        <translation>Центральная база данных: {0}</translation>
    </message>
    <message>
        <source>Workstation code: {0}</source>
        <translation>Код рабочего места: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Сейчас: {0}</translation>
    </message>
    <message>
        <source>Last synchronisation: {0} (Astana time)</source>
        <translation>Последняя синхронизация: {0} (время Астаны)</translation>
    </message>
    <message>
        <source>Last synchronisation: never</source>
        <translation>Последняя синхронизация: ещё не выполнялась</translation>
    </message>
    <message>
        <source>Last attempt: {0}</source>
        <translation>Последняя попытка: {0}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {0}</source>
        <translation>Изменений ждут отправки: {0}</translation>
    </message>
    <message>
        <source>Electronic copies waiting to be sent: {0}</source>
        <translation>Электронных копий ждут отправки: {0}</translation>
    </message>
    <message>
        <source>Conflicts waiting for a supervisor: {0}</source>
        <translation>Конфликтов ждут руководителя: {0}</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>The central store&apos;s value kept</source>
        <translation>Оставлено значение центральной базы</translation>
    </message>
    <message>
        <source>The workstation&apos;s value used</source>
        <translation>Взято значение рабочего места</translation>
    </message>
</context>
<context>
    <name>TablePainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>The registry is empty</source>
        <translation>Реестр пуст</translation>
    </message>
    <message>
        <source>No appeal has been registered here yet. You can look around in a demo registry filled with invented appeals, or start working with this empty registry.</source>
        <translation>Здесь ещё не зарегистрировано ни одного обращения. Можно познакомиться с программой на демонстрационном реестре с вымышленными обращениями или сразу начать работу с этим пустым реестром.</translation>
    </message>
    <message>
        <source>Open a demo registry</source>
        <translation>Открыть демонстрационный реестр</translation>
    </message>
    <message>
        <source>{0} invented appeals to try the program on. Your registry is not changed.</source>
        <translation>{0} вымышленных обращений для знакомства с программой. Ваш реестр не изменяется.</translation>
    </message>
    <message>
        <source>Start with the empty registry</source>
        <translation>Начать с пустого реестра</translation>
    </message>
    <message>
        <source>Opens the empty registration journals.</source>
        <translation>Откроются пустые журналы регистрации.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;demo registry</source>
        <translation>Открыть &amp;демонстрационный реестр</translation>
    </message>
    <message>
        <source>Open &amp;my registry</source>
        <translation>Открыть &amp;свой реестр</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>&amp;Заблокировать окно</translation>
    </message>
    <message>
        <source>Hide the registry until your password is typed again (Ctrl+L)</source>
        <translation>Скрыть реестр, пока пароль не будет введён снова (Ctrl+L)</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Сменить пар&amp;оль…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Карточка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Find cards by their text, the text of their scans, or any field</source>
        <translation>Найти карточки по тексту, тексту сканов или любому полю</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Сп&amp;равочники</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Персональные данные</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record the withdrawal of consent</source>
        <translation>Записать отзыв согласия</translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation>Записать отзыв</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Дата отзыва:</translation>
    </message>
    <message>
        <source>&amp;How it was withdrawn:</source>
        <translation>&amp;Как отозвано:</translation>
    </message>
    <message>
        <source>&amp;Reason given by the person (not required):</source>
        <translation>&amp;Причина, названная лицом (необязательно):</translation>
    </message>
    <message>
        <source>The law rules the withdrawal out (art. 8(2)): record it as refused</source>
        <translation>Отзыв невозможен по закону (ст. 8 п. 2): записать как отклонённый</translation>
    </message>
    <message>
        <source>Which &amp;law, or which obligation is unfulfilled:</source>
        <translation>Какой &amp;закон или какое обязательство не исполнено:</translation>
    </message>
</context>
</TS>
