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
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
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
