<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Consumer Appeals Registry</source>
        <translation>Тұтынушылар өтініштерінің тізілімі</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Нұсқасы: {0}</translation>
    </message>
    <message>
        <source>Registration journals of consumer appeals for bodies of pre-trial settlement of consumer disputes.</source>
        <translation>Тұтынушылық дауларды сотқа дейінгі реттеу субъектілеріне арналған тұтынушылар өтініштерін тіркеу журналдары.</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Дерекқор: {0}</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} туралы</translation>
    </message>
</context>
<context>
    <name>AppealKind</name>
    <message>
        <source>Claim to a seller</source>
        <translation>Сатушыға наразылық</translation>
    </message>
    <message>
        <source>Claim to a game organizer</source>
        <translation>Ойын ұйымдастырушысына наразылық</translation>
    </message>
    <message>
        <source>Pre-trial settlement</source>
        <translation>Сотқа дейінгі реттеу</translation>
    </message>
    <message>
        <source>Measures against a seller</source>
        <translation>Сатушыға қатысты шаралар</translation>
    </message>
    <message>
        <source>Measures against a settlement body</source>
        <translation>Реттеу субъектісіне қатысты шаралар</translation>
    </message>
    <message>
        <source>From a consumer association</source>
        <translation>Тұтынушылар бірлестігінен</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>AppealKindHint</name>
    <message>
        <source>A consumer&apos;s claim to a seller (manufacturer, performer)</source>
        <translation>Тұтынушының сатушыға (дайындаушыға, орындаушыға) наразылығы</translation>
    </message>
    <message>
        <source>A consumer&apos;s claim to a game organizer about the quality of a prize</source>
        <translation>Тұтынушының ұтыс ретінде берілген тауардың сапасы бойынша ойын бастамашысына (ұйымдастырушысына) наразылығы</translation>
    </message>
    <message>
        <source>A consumer&apos;s appeal to a pre-trial settlement body</source>
        <translation>Тұтынушының тұтынушылық дауларды сотқа дейінгі реттеу субъектісіне өтініші</translation>
    </message>
    <message>
        <source>To the authorized body or state bodies: measures against a seller or game organizer</source>
        <translation>Уәкілетті органға немесе мемлекеттік органдарға: сатушыға немесе ойын ұйымдастырушысына қатысты шаралар қабылдау туралы</translation>
    </message>
    <message>
        <source>To the authorized body or state bodies: measures against a pre-trial settlement body or a representative of consumers&apos; interests</source>
        <translation>Уәкілетті органға немесе мемлекеттік органдарға: сотқа дейінгі реттеу субъектісіне немесе тұтынушылардың заңды мүдделерінің өкіліне қатысты шаралар қолдану туралы</translation>
    </message>
    <message>
        <source>An appeal of a consumer association, including results of public control</source>
        <translation>Тұтынушылар қоғамдық бірлестігінің өтініші, оның ішінде қоғамдық бақылау нәтижелері бойынша</translation>
    </message>
    <message>
        <source>Another kind of appeal</source>
        <translation>Өтініштің басқа санаты</translation>
    </message>
</context>
<context>
    <name>AppealType</name>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Сауал</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Үн қосу</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>In person (paper)</source>
        <translation>Қолма-қол (қағаз)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>UIS CRP</source>
        <translation>ТҚҚБАЖ</translation>
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
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>ChannelHint</name>
    <message>
        <source>Unified information system for consumer rights protection</source>
        <translation>Тұтынушылардың құқықтарын қорғаудың бірыңғай ақпараттық жүйесі</translation>
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
        <translation>Бұл тізілімдегі өтініштер ойдан шығарылған. Сіздің өз тізіліміңіз өзгермейді.</translation>
    </message>
    <message>
        <source>Back to my registry</source>
        <translation>Өз тізіліміме оралу</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The registry cannot be opened.</source>
        <translation>Тізілімді ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The data folder cannot be created. Check that the disk is available and that you may write to it.</source>
        <translation>Деректер қалтасын құру мүмкін емес. Дискінің қолжетімді екенін және оған жазуға рұқсатыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The database does not answer. Check the network connection or ask the administrator.</source>
        <translation>Дерекқор жауап бермейді. Желіге қосылуды тексеріңіз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>The database address in the settings is not valid. Ask the administrator to check it.</source>
        <translation>Баптаулардағы дерекқор мекенжайы дұрыс емес. Әкімшіден оны тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>The database cannot be opened or upgraded. Ask the administrator for help.</source>
        <translation>Дерекқорды ашу немесе жаңарту мүмкін емес. Әкімшіден көмек сұраңыз.</translation>
    </message>
    <message>
        <source>The operation was refused.</source>
        <translation>Әрекет орындалмады.</translation>
    </message>
    <message>
        <source>Check the data and try again.</source>
        <translation>Деректерді тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Күтпеген қате орын алды.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, tell the administrator; the details are in the log file.</source>
        <translation>Қайталап көріңіз. Қате қайталанса, әкімшіге хабарлаңыз: толық мәліметтер лог-файлда сақталған.</translation>
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
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Жауапкер тарап</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <source>Sent via</source>
        <translation>Жөнелту тәсілі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Amount, ₸</source>
        <translation>Сома, ₸</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Registration date and time (Astana time)</source>
        <translation>Тіркелген күні мен уақыты (Астана уақыты)</translation>
    </message>
    <message>
        <source>Amount claimed by the applicant, in tenge</source>
        <translation>Өтініш беруші талап еткен сома, теңгемен</translation>
    </message>
    <message>
        <source>Court correspondence: never sent to UIS CRP</source>
        <translation>Сотқа қатысты хат алмасу: ТҚҚБАЖ арқылы жіберілмейді</translation>
    </message>
    <message>
        <source>{0} (collective)</source>
        <translation>{0} (ұжымдық)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Newest first</source>
        <translation>Ең жаңалары жоғарыда</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>There are no cards in this journal yet.</source>
        <translation>Бұл журналда әлі карточкалар жоқ.</translation>
    </message>
    <message>
        <source>Incoming registration journal</source>
        <translation>Кіріс өтініштерді тіркеу журналы</translation>
    </message>
    <message>
        <source>Outgoing registration journal</source>
        <translation>Шығыс хаттарды тіркеу журналы</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Шығыс</translation>
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
        <translation>&amp;Демо-тізілімді ашу</translation>
    </message>
    <message>
        <source>Open &amp;my registry</source>
        <translation>Ө&amp;з тізілімімді ашу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Preparing the demo registry…</source>
        <translation>Демо-тізілім дайындалуда…</translation>
    </message>
    <message>
        <source>A demo registry with {0} invented appeals is being prepared. It takes a few seconds. Your registry is not changed.</source>
        <translation>Ойдан шығарылған {0} өтініші бар демо-тізілім дайындалуда. Бұл бірнеше секундқа созылады. Сіздің тізіліміңіз өзгермейді.</translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation>Тізілім ашылуда…</translation>
    </message>
    <message>
        <source>It takes a few seconds.</source>
        <translation>Бұл бірнеше секундқа созылады.</translation>
    </message>
    <message>
        <source>[DEMO] {0}</source>
        <translation>[ДЕМО] {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Дерекқор: {0}</translation>
    </message>
    <message>
        <source>Workstation: {0}</source>
        <translation>Жұмыс орны: {0}</translation>
    </message>
    <message>
        <source>Cards in the registry: {0}</source>
        <translation>Тізілімдегі карточкалар: {0}</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>Technical details: {0}</source>
        <translation>Техникалық мәліметтер: {0}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталап көру</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>The registry is empty</source>
        <translation>Тізілім бос</translation>
    </message>
    <message>
        <source>No appeal has been registered here yet. You can look around in a demo registry filled with invented appeals, or start working with this empty registry.</source>
        <translation>Мұнда әлі бірде-бір өтініш тіркелмеген. Бағдарламамен ойдан шығарылған өтініштері бар демо-тізілімде танысуға немесе осы бос тізіліммен жұмысты бірден бастауға болады.</translation>
    </message>
    <message>
        <source>Open a demo registry</source>
        <translation>Демо-тізілімді ашу</translation>
    </message>
    <message>
        <source>{0} invented appeals to try the program on. Your registry is not changed.</source>
        <translation>Бағдарламаны байқап көруге арналған {0} ойдан шығарылған өтініш. Сіздің тізіліміңіз өзгермейді.</translation>
    </message>
    <message>
        <source>Start with the empty registry</source>
        <translation>Бос тізіліммен бастау</translation>
    </message>
    <message>
        <source>Opens the empty registration journals.</source>
        <translation>Бос тіркеу журналдары ашылады.</translation>
    </message>
</context>
</TS>
