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
    <name>DemoBanner</name>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>The appeals in this registry are invented. Your own registry is not changed.</source>
        <translation>Обращения в этом реестре вымышленные. Ваш собственный реестр не изменяется.</translation>
    </message>
    <message>
        <source>Back to my registry</source>
        <translation>Вернуться к своему реестру</translation>
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
        <source>The file was not attached.</source>
        <translation>Файл не прикреплён.</translation>
    </message>
    <message>
        <source>This very file is already attached to the card as the same document. Nothing needs to be done.</source>
        <translation>Этот же файл уже прикреплён к карточке как тот же документ. Ничего делать не нужно.</translation>
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
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Registration date and time (Astana time)</source>
        <translation>Дата и время регистрации (время Астаны)</translation>
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
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
    <name>MainWindow</name>
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
        <source>&amp;Card</source>
        <translation>&amp;Карточка</translation>
    </message>
    <message>
        <source>Attach electronic &amp;copies…</source>
        <translation>Прикрепить электронные &amp;копии…</translation>
    </message>
    <message>
        <source>Attach scans (PDF, TIFF, JPEG) to the selected card</source>
        <translation>Прикрепить сканы (PDF, TIFF, JPEG) к выбранной карточке</translation>
    </message>
    <message>
        <source>Scanner &amp;folder…</source>
        <translation>&amp;Папка сканера…</translation>
    </message>
    <message>
        <source>Choose the folder network scanners save scans into</source>
        <translation>Выбрать папку, в которую сетевые сканеры сохраняют сканы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Unfiled files</source>
        <translation>&amp;Неразобранные файлы</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
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
        <source>[DEMO] {0}</source>
        <translation>[ДЕМО] {0}</translation>
    </message>
    <message>
        <source>Attaching files to card No. {0}…</source>
        <translation>Файлы прикрепляются к карточке № {0}…</translation>
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
        <source>Release the mouse button to attach the files to card No. {0}.</source>
        <translation>Отпустите кнопку мыши, чтобы прикрепить файлы к карточке № {0}.</translation>
    </message>
    <message>
        <source>Please wait: files are being attached to card No. {0}.</source>
        <translation>Подождите: файлы прикрепляются к карточке № {0}.</translation>
    </message>
    <message>
        <source>Text recognition is off</source>
        <translation>Распознавание текста отключено</translation>
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
</TS>
