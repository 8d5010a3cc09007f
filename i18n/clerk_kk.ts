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
    <name>AttachResultDialog</name>
    <message>
        <source>Electronic copies</source>
        <translation>Электрондық көшірмелер</translation>
    </message>
    <message>
        <source>All files are attached to card No. {0}.</source>
        <translation>Барлық файл № {0} карточкаға қосылды.</translation>
    </message>
    <message>
        <source>No file was attached to card No. {0}.</source>
        <translation>№ {0} карточкаға бірде-бір файл қосылмады.</translation>
    </message>
    <message>
        <source>Attached to card No. {0}: {1}. Not attached: {2}.</source>
        <translation>№ {0} карточкаға қосылды: {1}. Қосылмады: {2}.</translation>
    </message>
    <message>
        <source>Attached: {0}, pages: {1}.</source>
        <translation>Қосылды: {0}, бет саны: {1}.</translation>
    </message>
    <message>
        <source>Not attached.</source>
        <translation>Қосылмады.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Техникалық мәліметтер</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Technical details: {0}</source>
        <translation>Техникалық мәліметтер: {0}</translation>
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
    <name>CopiesPanel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Бет саны</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған уақыты</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кім қосты</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Electronic copies</source>
        <translation>Электрондық көшірмелер</translation>
    </message>
    <message>
        <source>Select a card in the journal to see its electronic copies.</source>
        <translation>Электрондық көшірмелерін көру үшін журналдан карточканы таңдаңыз.</translation>
    </message>
    <message>
        <source>Electronic copies of card No. {0}</source>
        <translation>№ {0} карточканың электрондық көшірмелері</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>This card has no electronic copies yet. Attach scans with the button on the right, or drag files from a folder onto the card&apos;s row in the journal.</source>
        <translation>Бұл карточкада әлі электрондық көшірмелер жоқ. Сканерленген файлдарды оң жақтағы батырмамен қосыңыз немесе файлдарды қалтадан журналдағы карточка жолына сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Танылмады</translation>
    </message>
    <message>
        <source>Text recognition failed for this file after several tries. The copy itself is stored intact.</source>
        <translation>Бұл файлдың мәтінін бірнеше рет әрекеттенсе де тану мүмкін болмады. Көшірменің өзі бүтін сақталған.</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Танылды</translation>
    </message>
    <message>
        <source>No text found</source>
        <translation>Мәтін табылмады</translation>
    </message>
    <message>
        <source>No text was found on the pages: the scan may be blank or show only pictures.</source>
        <translation>Беттерден мәтін табылмады: скан бос болуы немесе тек суреттерден тұруы мүмкін.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>The text will be recognised in the background.</source>
        <translation>Мәтін фондық режимде танылады.</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Файлдарды қосу…</translation>
    </message>
    <message>
        <source>Attach electronic copies to the selected card (Ctrl+Shift+A)</source>
        <translation>Таңдалған карточкаға электрондық көшірмелерді қосу (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>CopyDialogs</name>
    <message>
        <source>Scans: PDF, TIFF, JPEG ({0})</source>
        <translation>Сканерленген құжаттар: PDF, TIFF, JPEG ({0})</translation>
    </message>
    <message>
        <source>All files ({0})</source>
        <translation>Барлық файлдар ({0})</translation>
    </message>
    <message>
        <source>Choose the electronic copies to attach</source>
        <translation>Қосылатын электрондық көшірмелерді таңдаңыз</translation>
    </message>
</context>
<context>
    <name>CopyRole</name>
    <message>
        <source>Appeal</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>Proof of delivery</source>
        <translation>Жеткізуді растау</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
</context>
<context>
    <name>CopyRoleHint</name>
    <message>
        <source>The scanned appeal itself</source>
        <translation>Сканерленген өтініштің өзі</translation>
    </message>
    <message>
        <source>Documents attached to the appeal: receipts, contracts, photographs</source>
        <translation>Өтінішке қоса берілген құжаттар: түбіртектер, шарттар, фотосуреттер</translation>
    </message>
    <message>
        <source>A postal receipt, a notice of delivery or another proof of sending or receiving</source>
        <translation>Пошта түбіртегі, табыс ету туралы хабарлама немесе жөнелтуді не алуды растайтын басқа құжат</translation>
    </message>
    <message>
        <source>The applicant&apos;s consent to the processing of personal data</source>
        <translation>Өтініш берушінің дербес деректерді өңдеуге келісімі</translation>
    </message>
    <message>
        <source>Evidence, for example screenshots of an online seller&apos;s pages</source>
        <translation>Дәлелдемелер, мысалы, интернет-сатушы беттерінің скриншоттары</translation>
    </message>
    <message>
        <source>The signed reply</source>
        <translation>Қол қойылған жауап</translation>
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
        <source>The card was not found.</source>
        <translation>Карточка табылмады.</translation>
    </message>
    <message>
        <source>It may have been removed at another workstation. Refresh the journal (F5).</source>
        <translation>Ол басқа жұмыс орнында жойылған болуы мүмкін. Журналды жаңартыңыз (F5).</translation>
    </message>
    <message>
        <source>The file is no longer among the unfiled files.</source>
        <translation>Бұл файл тіркелмеген файлдардың арасында енді жоқ.</translation>
    </message>
    <message>
        <source>It has been attached to a card already, perhaps at another workstation. The list has been refreshed.</source>
        <translation>Ол карточкаға бұрын қосылған, мүмкін, басқа жұмыс орнында. Тізім жаңартылды.</translation>
    </message>
    <message>
        <source>The file was not attached.</source>
        <translation>Файл қосылмады.</translation>
    </message>
    <message>
        <source>This very file is already attached to the card as the same document. Nothing needs to be done.</source>
        <translation>Дәл осы файл карточкаға осындай құжат ретінде бұрын қосылған. Ештеңе істеудің қажеті жоқ.</translation>
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
    <name>HotFolderDialog</name>
    <message>
        <source>Choose the folder the scanners save into</source>
        <translation>Сканерлер файлдарды сақтайтын қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>This is the registry&apos;s own data folder. Choose the folder the scanners save into.</source>
        <translation>Бұл — тізілімнің өз деректер қалтасы. Сканерлер файлдарды сақтайтын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Files would be taken from this folder together with everything else in it. Choose a folder used only by the scanners.</source>
        <translation>Бұл қалтадан ондағы басқа файлдардың бәрі де алынып кетер еді. Тек сканерлер пайдаланатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Scanner folder</source>
        <translation>Сканер қалтасы</translation>
    </message>
    <message>
        <source>Network scanners can save scans into a shared folder. This computer then checks the folder every 10 seconds and takes each finished file into “Unfiled files”, where you attach it to its card. Taken files are moved to the “done” folder inside it; files that are not accepted are moved to the “rejected” folder, each with a note saying why.</source>
        <translation>Желідегі сканерлер сканерленген құжаттарды ортақ қалтаға сақтай алады. Сонда бұл компьютер қалтаны әр 10 секунд сайын тексеріп, сақталып біткен әр файлды «Тіркелмеген файлдар» бөліміне алады, ал сіз оны сол жерден өз карточкасына қосасыз. Алынған файлдар қалтаның ішіндегі «done» қалтасына жылжытылады; қабылданбаған файлдар себебі жазылған ескертпемен бірге «rejected» қалтасына жылжытылады.</translation>
    </message>
    <message>
        <source>Do not take scans from a folder</source>
        <translation>Сканерленген файлдарды қалтадан алмау</translation>
    </message>
    <message>
        <source>Take scans from this folder:</source>
        <translation>Сканерленген файлдарды мына қалтадан алу:</translation>
    </message>
    <message>
        <source>no folder chosen</source>
        <translation>қалта таңдалмаған</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>This setting applies to this computer only.</source>
        <translation>Бұл баптау тек осы компьютерге қолданылады.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>There are {0} files in this folder now. They will be taken too.</source>
        <translation>Қазір бұл қалтада {0} файл бар. Олар да алынады.</translation>
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
        <translation>Пішімі</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Бет саны</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келген уақыты</translation>
    </message>
    <message>
        <source>Unfiled files</source>
        <translation>Тіркелмеген файлдар</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>There are no unfiled files. Scans from the scanner folder wait here until you attach each one to its card.</source>
        <translation>Тіркелмеген файлдар жоқ. Сканер қалтасынан келген файлдар әрқайсысын өз карточкасына қосқанша осында күтеді.</translation>
    </message>
    <message>
        <source>Select a file to see its first page.</source>
        <translation>Бірінші бетін көру үшін файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{0}
Page 1 of {1}</source>
        <translation>{0}
1-бет, барлығы {1}</translation>
    </message>
    <message>
        <source>The page cannot be shown.</source>
        <translation>Бетті көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>Type the registration number of the card.</source>
        <translation>Карточканың тіркеу нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Looking for card No. {0}…</source>
        <translation>№ {0} карточка ізделуде…</translation>
    </message>
    <message>
        <source>Attaching “{0}” to card No. {1}…</source>
        <translation>«{0}» файлы № {1} карточкаға қосылуда…</translation>
    </message>
    <message>
        <source>“{0}” is attached to card No. {1} as: {2}.</source>
        <translation>«{0}» файлы № {1} карточкаға қосылды, құжат: {2}.</translation>
    </message>
    <message>
        <source>There is no card No. {0}. Check the number in the registration stamp on the paper original.</source>
        <translation>№ {0} карточка жоқ. Қағаз түпнұсқадағы тіркеу мөртабанындағы нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>No scanner folder is set. Scans from network scanners can arrive here by themselves: choose the folder the scanners save into with the button on the right.</source>
        <translation>Сканер қалтасы көрсетілмеген. Желідегі сканерлердің файлдары мұнда өздігінен келе алады: сканерлер сақтайтын қалтаны оң жақтағы батырмамен таңдаңыз.</translation>
    </message>
    <message>
        <source>Scans from the folder {0} are taken only into your own registry, not into the demo registry.</source>
        <translation>{0} қалтасындағы файлдар демо-тізілімге емес, тек сіздің өз тізіліміңізге алынады.</translation>
    </message>
    <message>
        <source>Scans are taken from the folder {0} every 10 seconds. Files that are not accepted are moved to its “rejected” folder, each with a note saying why.</source>
        <translation>Сканерленген файлдар {0} қалтасынан әр 10 секунд сайын алынады. Қабылданбаған файлдар себебі жазылған ескертпемен бірге оның ішіндегі «rejected» қалтасына жылжытылады.</translation>
    </message>
    <message>
        <source>Scanner folder…</source>
        <translation>Сканер қалтасы…</translation>
    </message>
    <message>
        <source>Choose the folder network scanners save scans into</source>
        <translation>Желідегі сканерлер файлдарды сақтайтын қалтаны таңдау</translation>
    </message>
    <message>
        <source>Attach the selected file to card &amp;No.:</source>
        <translation>Таңдалған файлды &amp;қосатын карточканың №:</translation>
    </message>
    <message>
        <source>number or applicant</source>
        <translation>нөмір немесе өтініш беруші</translation>
    </message>
    <message>
        <source>The registration number from the stamp on the paper original. Type a part of the number or the applicant&apos;s name to choose from the newest cards.</source>
        <translation>Қағаз түпнұсқадағы мөртабандағы тіркеу нөмірі. Соңғы карточкалардың ішінен таңдау үшін нөмірдің бір бөлігін немесе өтініш берушінің атын теріңіз.</translation>
    </message>
    <message>
        <source>Attach to card…</source>
        <translation>Карточкаға қосу…</translation>
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
        <source>&amp;Card</source>
        <translation>Ка&amp;рточка</translation>
    </message>
    <message>
        <source>Attach electronic &amp;copies…</source>
        <translation>Электрондық &amp;көшірмелерді қосу…</translation>
    </message>
    <message>
        <source>Attach scans (PDF, TIFF, JPEG) to the selected card</source>
        <translation>Таңдалған карточкаға сканерленген құжаттарды (PDF, TIFF, JPEG) қосу</translation>
    </message>
    <message>
        <source>Scanner &amp;folder…</source>
        <translation>Сканер &amp;қалтасы…</translation>
    </message>
    <message>
        <source>Choose the folder network scanners save scans into</source>
        <translation>Желідегі сканерлер файлдарды сақтайтын қалтаны таңдау</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Unfiled files</source>
        <translation>&amp;Тіркелмеген файлдар</translation>
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
        <source>Attaching files to card No. {0}…</source>
        <translation>Файлдар № {0} карточкаға қосылуда…</translation>
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
    <message>
        <source>Release the mouse button to attach the files to card No. {0}.</source>
        <translation>Файлдарды № {0} карточкаға қосу үшін тінтуір батырмасын жіберіңіз.</translation>
    </message>
    <message>
        <source>Please wait: files are being attached to card No. {0}.</source>
        <translation>Күте тұрыңыз: файлдар № {0} карточкаға қосылуда.</translation>
    </message>
    <message>
        <source>Text recognition is off</source>
        <translation>Мәтінді тану өшірулі</translation>
    </message>
    <message>
        <source>Recognising text: {0} waiting</source>
        <translation>Мәтінді тану: кезекте {0}</translation>
    </message>
    <message>
        <source>Text recognition works in the background; you can go on working.</source>
        <translation>Мәтінді тану фондық режимде жүреді, жұмысыңызды жалғастыра беріңіз.</translation>
    </message>
    <message>
        <source>Scans from the scanner folder that are not attached to a card yet</source>
        <translation>Сканер қалтасынан келген, әлі карточкаға қосылмаған файлдар</translation>
    </message>
    <message>
        <source>Scans are no longer taken from a folder.</source>
        <translation>Сканерленген файлдар енді қалтадан алынбайды.</translation>
    </message>
    <message>
        <source>Scans will be taken from the folder {0}.</source>
        <translation>Сканерленген файлдар {0} қалтасынан алынады.</translation>
    </message>
    <message>
        <source>Files from the scanner: {0} received, {1} not accepted (see the “rejected” folder in the scanner folder).</source>
        <translation>Сканерден келген файлдар: {0} алынды, {1} қабылданбады (сканер қалтасындағы «rejected» қалтасын қараңыз).</translation>
    </message>
    <message>
        <source>Files from the scanner: {0} received. They are waiting in “Unfiled files”.</source>
        <translation>Сканерден келген файлдар: {0}. Олар «Тіркелмеген файлдар» бөлімінде күтіп тұр.</translation>
    </message>
    <message>
        <source>Files from the scanner not accepted: {0} (see the “rejected” folder in the scanner folder).</source>
        <translation>Сканерден келген файлдар қабылданбады: {0} (сканер қалтасындағы «rejected» қалтасын қараңыз).</translation>
    </message>
    <message>
        <source>The scanner folder can be opened again.</source>
        <translation>Сканер қалтасы қайтадан қолжетімді.</translation>
    </message>
    <message>
        <source>The scanner folder cannot be opened.</source>
        <translation>Сканер қалтасын ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist or cannot be read from this computer. New scans are not taken meanwhile; the program keeps checking and takes them as soon as the folder can be opened. If the folder has moved, choose it again in File › Scanner folder; otherwise ask the administrator.</source>
        <translation>{0} қалтасы жоқ немесе оны осы компьютерден оқу мүмкін емес. Әзірге жаңа файлдар алынбайды; бағдарлама қалтаны тексеруді жалғастырады және ол ашылған бойда файлдарды алады. Егер қалта басқа жерге ауыстырылса, оны Файл › Сканер қалтасы мәзірінде қайта таңдаңыз; әйтпесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>Scanner folder unavailable</source>
        <translation>Сканер қалтасы қолжетімсіз</translation>
    </message>
    <message>
        <source>Scanner folder: paused</source>
        <translation>Сканер қалтасы: кідіртілді</translation>
    </message>
    <message>
        <source>Scans are taken only into your own registry. They wait in the scanner folder until you go back to it.</source>
        <translation>Сканерленген файлдар тек сіздің өз тізіліміңізге алынады. Оған оралғанша олар сканер қалтасында күтеді.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Technical details: {0}</source>
        <translation>Техникалық мәліметтер: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>OcrLanguage</name>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ағылшын тілі</translation>
    </message>
</context>
<context>
    <name>OcrText</name>
    <message>
        <source>Text recognition is off.</source>
        <translation>Мәтінді тану өшірулі.</translation>
    </message>
    <message>
        <source>Everything else works as usual: electronic copies are attached and kept, and their text will be recognised once this is fixed.</source>
        <translation>Қалғаны әдеттегідей жұмыс істейді: электрондық көшірмелер қосылады және сақталады, ал олардың мәтіні бұл түзетілгеннен кейін танылады.</translation>
    </message>
    <message>
        <source>The text recognition program (Tesseract) has no data for the language: {0}.</source>
        <translation>Мәтінді тану бағдарламасында (Tesseract) мына тілдің деректері жоқ: {0}.</translation>
    </message>
    <message>
        <source>Ask the administrator to add this language to Tesseract (the file {0}).</source>
        <translation>Әкімшіден бұл тілді Tesseract бағдарламасына қосуды сұраңыз ({0} файлы).</translation>
    </message>
    <message>
        <source>The list of recognition languages in the registry settings is not valid.</source>
        <translation>Тізілім баптауларындағы тану тілдерінің тізімі дұрыс емес.</translation>
    </message>
    <message>
        <source>Ask the administrator to correct it.</source>
        <translation>Әкімшіден оны түзетуді сұраңыз.</translation>
    </message>
    <message>
        <source>The text recognition program (Tesseract) is not installed on this computer.</source>
        <translation>Бұл компьютерде мәтінді тану бағдарламасы (Tesseract) орнатылмаған.</translation>
    </message>
    <message>
        <source>Ask the administrator to install Tesseract OCR with the Kazakh and Russian languages.</source>
        <translation>Әкімшіден Tesseract OCR бағдарламасын қазақ және орыс тілдерімен бірге орнатуды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Only PDF, TIFF and JPEG copies may be attached: save the scan as PDF or JPEG and attach it again.</source>
        <translation>Тек PDF, TIFF және JPEG көшірмелерін қосуға болады: сканерленген құжатты PDF немесе JPEG ретінде сақтап, қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The file is damaged or was made to harm the computer. Scan the document again or ask the sender for a new copy.</source>
        <translation>Файл бүлінген немесе компьютерге зиян келтіру үшін жасалған. Құжатты қайта сканерлеңіз немесе жіберушіден жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>The file changed while it was being attached. Wait until the scanner or the copying has finished, then attach it again.</source>
        <translation>Файл қосылып жатқанда өзгерді. Сканер немесе көшіру аяқталғанын күтіп, файлды қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): the scan was not saved completely. Scan the document again.</source>
        <translation>Файл бос (0 байт): скан толық сақталмаған. Құжатты қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>This is a PNG picture.</source>
        <translation>Бұл — PNG суреті.</translation>
    </message>
    <message>
        <source>This is a GIF picture.</source>
        <translation>Бұл — GIF суреті.</translation>
    </message>
    <message>
        <source>This is a BMP picture.</source>
        <translation>Бұл — BMP суреті.</translation>
    </message>
    <message>
        <source>This picture format is not accepted.</source>
        <translation>Бұл сурет пішімі қабылданбайды.</translation>
    </message>
    <message>
        <source>This is a BigTIFF file, which scanners do not make. Save it as an ordinary TIFF or as PDF and attach it again.</source>
        <translation>Бұл — сканерлер жасамайтын BigTIFF файлы. Оны кәдімгі TIFF немесе PDF ретінде сақтап, қайта қосыңыз.</translation>
    </message>
    <message>
        <source>This is an archive or an office document (Word, Excel), not a scan. Attach the scans themselves, or save the document as PDF.</source>
        <translation>Бұл — скан емес, архив немесе кеңсе құжаты (Word, Excel). Сканерленген файлдардың өздерін қосыңыз немесе құжатты PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>This is an office document (Word, Excel, RTF), not a scan. Save it as PDF and attach the PDF.</source>
        <translation>Бұл — скан емес, кеңсе құжаты (Word, Excel, RTF). Оны PDF ретінде сақтап, PDF файлын қосыңыз.</translation>
    </message>
    <message>
        <source>This is an archive (ZIP, RAR, 7z). Unpack it and attach the scans that are inside.</source>
        <translation>Бұл — архив (ZIP, RAR, 7z). Оны ашып, ішіндегі сканерленген файлдарды қосыңыз.</translation>
    </message>
    <message>
        <source>This is a program, not a document, and cannot be attached. If it came by e-mail, do not open it.</source>
        <translation>Бұл — құжат емес, бағдарлама, оны қосуға болмайды. Егер ол электрондық поштамен келсе, оны ашпаңыз.</translation>
    </message>
    <message>
        <source>This is a text file or a web page, not a scanned document. Attach the scan of the paper original, or save the page as PDF.</source>
        <translation>Бұл — сканерленген құжат емес, мәтіндік файл немесе веб-бет. Қағаз түпнұсқаның сканын қосыңыз немесе бетті PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>This is not a PDF, TIFF or JPEG file. Save the scan in one of these formats and attach it again.</source>
        <translation>Бұл — PDF, TIFF немесе JPEG файлы емес. Сканды осы пішімдердің бірінде сақтап, қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read. Scan the document again or ask the sender for a new copy.</source>
        <translation>Файл бүлінген, оны оқу мүмкін емес. Құжатты қайта сканерлеңіз немесе жіберушіден жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <source>The file is cut off: its end is missing, probably because it was not copied or downloaded completely. Copy or download it again.</source>
        <translation>Файлдың соңы жоқ: ол толық көшірілмеген немесе толық жүктелмеген болуы мүмкін. Оны қайта көшіріңіз немесе жүктеп алыңыз.</translation>
    </message>
    <message>
        <source>The file has more than {0} pages. Split it into several files and attach them one after another.</source>
        <translation>Файлда {0} беттен артық бар. Оны бірнеше файлға бөліп, кезекпен қосыңыз.</translation>
    </message>
    <message>
        <source>The file is larger than {0} MB. Scan at 200–300 dpi, or split the document into several files.</source>
        <translation>Файлдың көлемі {0} МБ-тан асады. 200–300 dpi ажыратымдылықпен сканерлеңіз немесе құжатты бірнеше файлға бөліңіз.</translation>
    </message>
    <message>
        <source>The file cannot be read: it may be damaged, open in another program or on a disk that is no longer connected. Copy it to this computer and try again; if that does not help, scan the document again.</source>
        <translation>Файлды оқу мүмкін емес: ол бүлінген, басқа бағдарламада ашық немесе ажыратылған дискіде болуы мүмкін. Оны осы компьютерге көшіріп, қайталап көріңіз; көмектеспесе, құжатты қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>This is not an ordinary file. Choose the scanned files themselves.</source>
        <translation>Бұл — кәдімгі файл емес. Сканерленген файлдардың өздерін таңдаңыз.</translation>
    </message>
    <message>
        <source>The PDF is protected with a password. Open it, save a copy without protection (or print it to PDF) and attach that copy.</source>
        <translation>PDF құпиясөзбен қорғалған. Оны ашып, қорғаусыз көшірмесін сақтаңыз (немесе PDF-ке басып шығарыңыз) және сол көшірмені қосыңыз.</translation>
    </message>
    <message>
        <source>This very file is already attached to the card as the same document. Nothing needs to be done.</source>
        <translation>Дәл осы файл карточкаға осындай құжат ретінде бұрын қосылған. Ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <source>The file was not accepted. The reason is in the details.</source>
        <translation>Файл қабылданбады. Себебі техникалық мәліметтерде көрсетілген.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Attach electronic copies</source>
        <translation>Электрондық көшірмелерді қосу</translation>
    </message>
    <message>
        <source>Files for card No. {0}:</source>
        <translation>№ {0} карточкаға арналған файлдар:</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>және тағы {0}</translation>
    </message>
    <message>
        <source>What are these files?</source>
        <translation>Бұл қандай құжаттар?</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
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
