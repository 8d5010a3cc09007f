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
    <name>AccountForms</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Бұғаттауды &amp;алу</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Бұғаттау…</translation>
    </message>
    <message>
        <source>Block the account</source>
        <translation>Есептік жазбаны бұғаттау</translation>
    </message>
    <message>
        <source>Block {0} ({1})? They cannot sign in until the account is unblocked; their work in the registry stays.</source>
        <translation>{0} ({1}) бұғатталсын ба? Бұғаттау алынғанша ол жүйеге кіре алмайды; оның тізілімдегі жұмысы сақталады.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Who may sign in to this registry, and with which roles. A blocked account cannot sign in; its work in the registry stays. Each change is saved at once.</source>
        <translation>Бұл тізілімге кім және қандай рөлдермен кіре алады. Бұғатталған есептік жазбамен кіруге болмайды; оның тізілімдегі жұмысы сақталады. Әр өзгеріс бірден сақталады.</translation>
    </message>
    <message>
        <source>Only accounts nobody has signed in to for {0} days (review them every half-year)</source>
        <translation>Тек {0} күн бойы ешкім кірмеген есептік жазбалар (жарты жыл сайын қарап шығыңыз)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдер</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>No account is on this list.</source>
        <translation>Бұл тізімде есептік жазба жоқ.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Жаңа есептік жазба…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Рөлдер…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Жаңа &amp;құпиясөз…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>AcknowledgementPage</name>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Құпиялылық міндеттемесі</translation>
    </message>
    <message>
        <source>Before your first work in the registry, read the undertaking below. It is accepted once; the acceptance and its date are recorded in the registry.</source>
        <translation>Тізілімде алғаш жұмыс істемес бұрын төмендегі міндеттемені оқыңыз. Ол бір рет қабылданады; келісім және оның күні тізілімде тіркеледі.</translation>
    </message>
    <message>
        <source>I have read the undertaking and accept it</source>
        <translation>Міндеттемені оқыдым және қабылдаймын</translation>
    </message>
    <message>
        <source>&amp;Accept and continue</source>
        <translation>&amp;Қабылдау және жалғастыру</translation>
    </message>
    <message>
        <source>Decline and sign out</source>
        <translation>Бас тарту және шығу</translation>
    </message>
</context>
<context>
    <name>ActDetailsDialog</name>
    <message>
        <source>Destroy personal data</source>
        <translation>Дербес деректерді жою</translation>
    </message>
    <message>
        <source>{0} records will be destroyed irreversibly. Nothing can bring them back.</source>
        <translation>{0} жазба қайтарымсыз жойылады. Оларды ешнәрсе қалпына келтіре алмайды.</translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation>&amp;Негіз</translation>
    </message>
    <message>
        <source>&amp;Basis (the decision&apos;s number and date)</source>
        <translation>&amp;Негіздеме (шешімнің нөмірі мен күні)</translation>
    </message>
    <message>
        <source>&amp;Commission or responsible person (one name a line)</source>
        <translation>&amp;Комиссия немесе жауапты тұлға (бір жолға бір аты-жөні)</translation>
    </message>
    <message>
        <source>&amp;Type {0} to confirm</source>
        <translation>Растау үшін {0} &amp;санын теріңіз</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Name the commission or the responsible person.</source>
        <translation>Комиссияны немесе жауапты тұлғаны көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>ActPanel</name>
    <message>
        <source>Save the act as &amp;PDF…</source>
        <translation>Актіні &amp;PDF етіп сақтау…</translation>
    </message>
    <message>
        <source>Pr&amp;int the act…</source>
        <translation>Актіні &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Act No. {0}: {1} records destroyed.</source>
        <translation>№ {0} акт: {1} жазба жойылды.</translation>
    </message>
    <message>
        <source>The data are destroyed, but the cleanup after them is not finished: see the note above.</source>
        <translation>Деректер жойылды, бірақ олардан кейінгі тазалау аяқталған жоқ: жоғарыдағы ескертуді қараңыз.</translation>
    </message>
    <message>
        <source>Destruction act {0}</source>
        <translation>Жою актісі {0}</translation>
    </message>
</context>
<context>
    <name>ActivityField</name>
    <message>
        <source>Retail trade</source>
        <translation>Бөлшек сауда</translation>
    </message>
    <message>
        <source>Online trade</source>
        <translation>Интернет-сауда</translation>
    </message>
    <message>
        <source>Food service</source>
        <translation>Қоғамдық тамақтану</translation>
    </message>
    <message>
        <source>Housing and utilities</source>
        <translation>Тұрғын үй-коммуналдық қызметтер</translation>
    </message>
    <message>
        <source>Construction and repair</source>
        <translation>Құрылыс және жөндеу</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <source>Medical services and pharmacies</source>
        <translation>Медициналық қызметтер және дәріханалар</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білім беру</translation>
    </message>
    <message>
        <source>Tourism and hotels</source>
        <translation>Туризм және қонақ үйлер</translation>
    </message>
    <message>
        <source>Prize games and lotteries</source>
        <translation>Ұтыс ойындары және лотереялар</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Communications and internet</source>
        <translation>Байланыс және интернет</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Қаржылық қызметтер</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Автокөлік құралдары</translation>
    </message>
    <message>
        <source>Household services</source>
        <translation>Тұрмыстық қызметтер</translation>
    </message>
</context>
<context>
    <name>ActivityIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop; nothing of this operation is kept</source>
        <translation>Тоқтату; бұл әрекеттен ештеңе сақталмайды</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Болдырмау…</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>Surname, given name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Рөлдері:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Құпиясөзді &amp;растау:</translation>
    </message>
    <message>
        <source>Tell the person this password in private; they can change it in File › Change password.</source>
        <translation>Бұл құпиясөзді адамға оңаша айтыңыз; ол оны Файл › Құпиясөзді өзгерту арқылы ауыстыра алады.</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Есептік жазбаны құру</translation>
    </message>
</context>
<context>
    <name>AppealForm</name>
    <message>
        <source>Written</source>
        <translation>Жазбаша</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Ауызша</translation>
    </message>
    <message>
        <source>Electronic document</source>
        <translation>Электрондық құжат</translation>
    </message>
    <message>
        <source>Video appeal</source>
        <translation>Бейнеөтініш</translation>
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
    <name>ApplicantRow</name>
    <message>
        <source>Known applicant: filled in from the latest appeal. Please check.</source>
        <translation>Бұрын өтініш берген: деректер соңғы өтініштен толтырылды. Тексеріңіз.</translation>
    </message>
    <message>
        <source>Known applicant: the fields are already filled in.</source>
        <translation>Бұрын өтініш берген: өрістер толтырылып қойған.</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Әкесінің а&amp;ты:</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>А&amp;тауы:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фоны:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Эл. &amp;пошта:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove this applicant from the card</source>
        <translation>Осы өтініш берушіні карточкадан алып тастау</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Type the IIN first: a person who has appealed before is filled in from their latest appeal</source>
        <translation>Алдымен ЖСН енгізіңіз: бұрын өтініш берген адамның деректері соңғы өтінішінен толтырылады</translation>
    </message>
    <message>
        <source>as in the registration certificate</source>
        <translation>тіркеу анықтамасындағыдай</translation>
    </message>
</context>
<context>
    <name>ApplicantsEditor</name>
    <message>
        <source>Left empty, a reply goes to the applicants of the appeal it answers.</source>
        <translation>Бос қалса, жауап сол өтініштің өтініш берушілеріне жіберіледі.</translation>
    </message>
    <message>
        <source>Collective appeal: {0} applicants</source>
        <translation>Ұжымдық өтініш: {0} өтініш беруші</translation>
    </message>
    <message>
        <source>Individual appeal</source>
        <translation>Жеке өтініш</translation>
    </message>
    <message>
        <source>Add addre&amp;ssee</source>
        <translation>Адресат &amp;қосу</translation>
    </message>
    <message>
        <source>Add a&amp;pplicant</source>
        <translation>Өтініш беруші &amp;қосу</translation>
    </message>
    <message>
        <source>Another addressee of the letter</source>
        <translation>Хаттың тағы бір адресаты</translation>
    </message>
    <message>
        <source>Another applicant: an appeal of several applicants is collective</source>
        <translation>Тағы бір өтініш беруші: бірнеше өтініш берушінің өтініші ұжымдық болады</translation>
    </message>
    <message>
        <source>The appeal has a signed consent to data processing</source>
        <translation>Өтініште деректерді өңдеуге қол қойылған келісім бар</translation>
    </message>
    <message>
        <source>Tick when the paper appeal has each applicant&apos;s signed consent. The consent is recorded with the card, naming this body as the operator; the appeal&apos;s scan is its evidence. Without a recorded consent the appeal cannot be forwarded to another body.</source>
        <translation>Қағаз өтініште әр өтініш берушінің қол қойылған келісімі болса, белгілеңіз. Келісім карточкамен бірге тіркеледі, оператор ретінде осы субъект көрсетіледі; өтініштің сканерленген көшірмесі оның дәлелі болады. Тіркелген келісімсіз өтінішті басқа органға жіберуге болмайды.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign executors</source>
        <translation>Жауапты орындаушыларды тағайындау</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <source>&amp;Responsible executors (tick one or more; the first ticked is the lead):</source>
        <translation>&amp;Жауапты орындаушылар (бір немесе бірнешеуін белгілеңіз; бірінші белгіленгені — негізгі):</translation>
    </message>
    <message>
        <source>There are no staff members yet. Add the executors below; they are kept in Reference › Staff (executors).</source>
        <translation>Қызметкерлер тізімі әлі бос. Орындаушыларды төменде қосыңыз; олар Анықтамалықтар › Қызметкерлер (орындаушылар) тізімінде сақталады.</translation>
    </message>
    <message>
        <source>Add &amp;staff member…</source>
        <translation>&amp;Қызметкер қосу…</translation>
    </message>
    <message>
        <source>Resol&amp;ution (the instruction to the executors):</source>
        <translation>&amp;Бұрыштама (орындаушыларға тапсырма):</translation>
    </message>
    <message>
        <source>Nobody is ticked yet.</source>
        <translation>Әзірге ешкім белгіленбеген.</translation>
    </message>
    <message>
        <source>Lead executor: {0}, and {1} more.</source>
        <translation>Негізгі жауапты орындаушы: {0}, тағы {1} орындаушы.</translation>
    </message>
    <message>
        <source>Lead executor: {0}.</source>
        <translation>Негізгі жауапты орындаушы: {0}.</translation>
    </message>
</context>
<context>
    <name>AttachFlow</name>
    <message>
        <source>Attach electronic &amp;copies…</source>
        <translation>Электрондық &amp;көшірмелерді қосу…</translation>
    </message>
    <message>
        <source>Attach scans (PDF, TIFF, JPEG) to the selected card</source>
        <translation>Таңдалған карточкаға сканерленген құжаттарды (PDF, TIFF, JPEG) қосу</translation>
    </message>
    <message>
        <source>Attaching files to card No. {0}…</source>
        <translation>Файлдар № {0} карточкаға қосылуда…</translation>
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
        <source>Attaching was cancelled: no file was attached.</source>
        <translation>Қосу тоқтатылды: бірде-бір файл қосылған жоқ.</translation>
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
    <name>BackupDialog</name>
    <message>
        <source>Save the backup as</source>
        <translation>Сақтық көшірмені сақтау</translation>
    </message>
    <message>
        <source>Registry backups ({0})</source>
        <translation>Тізілімнің сақтық көшірмелері ({0})</translation>
    </message>
    <message>
        <source>Back up the registry</source>
        <translation>Тізілімнің сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <source>The backup holds every card, electronic copy and account of this registry, and the audit trail. It is encrypted with the passphrase below: without it nobody can read or restore the backup, so keep the passphrase apart from the file (for instance, sealed in the safe).</source>
        <translation>Сақтық көшірмеде осы тізілімнің барлық карточкалары, электрондық көшірмелері, есептік жазбалары және аудит журналы болады. Ол төмендегі құпия фразамен шифрланады: онсыз көшірмені ешкім оқи да, қалпына келтіре де алмайды, сондықтан құпия фразаны файлдан бөлек сақтаңыз (мысалы, сейфте мөрленген конвертте).</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Сақтық көшірме &amp;файлы:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Use the backup passphrase kept in this computer&apos;s keyring</source>
        <translation>Осы компьютердің кілттер қоймасында сақталған құпия фразаны пайдалану</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>Сақтық көшірменің &amp;құпия фразасы:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Құпия фразаны &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>At least {0} characters; a few unrelated words are easy to remember.</source>
        <translation>Кемінде {0} таңба; бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>Көшірмені &amp;жасау</translation>
    </message>
    <message>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>Құпия фраза кемінде {0} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Екі құпия фраза сәйкес емес. Оларды қайта теріңіз.</translation>
    </message>
    <message>
        <source>Choose the file to write the backup to.</source>
        <translation>Сақтық көшірме жазылатын файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup was cancelled: no file was written.</source>
        <translation>Сақтық көшірме жасау тоқтатылды: ешбір файл жазылған жоқ.</translation>
    </message>
    <message>
        <source>This registry is kept in a PostgreSQL database: its administrator backs it up with the database&apos;s own tools (pg_dump).</source>
        <translation>Бұл тізілім PostgreSQL дерекқорында сақталады: оның сақтық көшірмесін әкімші дерекқордың өз құралдарымен (pg_dump) жасайды.</translation>
    </message>
    <message>
        <source>The file cannot be written there. Choose another folder or disk.</source>
        <translation>Файлды ол жерге жазу мүмкін емес. Басқа қалтаны немесе дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup is written to {0}.</source>
        <translation>Сақтық көшірме жазылды: {0}.</translation>
    </message>
    <message>
        <source>Cards: {0}. Electronic copies: {1}. Size: {2} MB.</source>
        <translation>Карточкалар: {0}. Электрондық көшірмелер: {1}. Көлемі: {2} МБ.</translation>
    </message>
    <message>
        <source>{0} electronic copies were missing from the store and are not in the backup. Ask the administrator to check the copies.</source>
        <translation>Қоймада {0} электрондық көшірме жоқ болды, олар сақтық көшірмеге кірмеді. Әкімшіден көшірмелерді тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>Keep the file and its passphrase in different places. To restore it, the administrator runs: clerk-app restore FILE</source>
        <translation>Файл мен оның құпия фразасын әртүрлі жерде сақтаңыз. Қалпына келтіру үшін әкімші мына команданы орындайды: clerk-app restore FILE</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>&amp;Back up the registry…</source>
        <translation>Тізілімнің сақтық &amp;көшірмесін жасау…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the registry and its electronic copies</source>
        <translation>Тізілім мен оның электрондық көшірмелерінің шифрланған сақтық көшірмесін жазу</translation>
    </message>
    <message>
        <source>Back up the registry</source>
        <translation>Тізілімнің сақтық көшірмесін жасау</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>The body</source>
        <translation>Реттеу субъектісі</translation>
    </message>
    <message>
        <source>The pre-trial settlement body of consumer disputes that keeps this registry. Its name is shown in the title of the window.</source>
        <translation>Осы тізілімді жүргізетін тұтынушылық дауларды сотқа дейінгі реттеу субъектісі. Оның атауы терезенің тақырыбында көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Kind of body:</source>
        <translation>Субъектінің &amp;түрі:</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Head (full name):</source>
        <translation>&amp;Басшысы (тегі, аты, әкесінің аты):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Те&amp;лефоны:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Электрондық поштасы:</translation>
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
        <translation>Дербес деректердің бұзылуы {0}</translation>
    </message>
    <message>
        <source>New personal-data breach</source>
        <translation>Дербес деректер қауіпсіздігінің жаңа бұзылуы</translation>
    </message>
    <message>
        <source>&amp;Detected (Astana time):</source>
        <translation>&amp;Анықталды (Астана уақыты):</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Не болды:</translation>
    </message>
    <message>
        <source>Data affected:</source>
        <translation>Зардап шеккен деректер:</translation>
    </message>
    <message>
        <source>Persons affected, &amp;about:</source>
        <translation>Зардап шеккен адамдар, ш&amp;амамен:</translation>
    </message>
    <message>
        <source>Their &amp;IINs, if known:</source>
        <translation>Олардың &amp;ЖСН-дері, белгілі болса:</translation>
    </message>
    <message>
        <source>&amp;Measures taken:</source>
        <translation>Қабылданған &amp;шаралар:</translation>
    </message>
    <message>
        <source>&amp;Responsible person:</source>
        <translation>&amp;Жауапты адам:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <source>{0} named already; IINs typed here are added</source>
        <translation>{0} адам көрсетілген; мұнда терілген ЖСН қосылады</translation>
    </message>
    <message>
        <source>separated by spaces; stored unreadably</source>
        <translation>бос орынмен бөліңіз; оқылмайтын түрде сақталады</translation>
    </message>
    <message>
        <source>The authorized body for personal data must be told within one working day of detection: by the end of the first working day after the day of detection.</source>
        <translation>Дербес деректер жөніндегі уәкілетті орган анықталған кезден бастап бір жұмыс күні ішінде хабардар етілуі тиіс: анықталған күннен кейінгі бірінші жұмыс күнінің соңына дейін.</translation>
    </message>
</context>
<context>
    <name>BreachFlow</name>
    <message>
        <source>&amp;Breach register…</source>
        <translation>&amp;Бұзушылықтар тізілімі…</translation>
    </message>
    <message>
        <source>Personal-data security breaches and their notices to the authorized body</source>
        <translation>Дербес деректер қауіпсіздігінің бұзылуы және олар туралы уәкілетті органға хабарламалар</translation>
    </message>
    <message>
        <source>Overdue: {0}.</source>
        <translation>Мерзімі өткен: {0}.</translation>
    </message>
    <message>
        <source>Due today: {0}.</source>
        <translation>Мерзімі бүгін: {0}.</translation>
    </message>
    <message>
        <source>Notices of personal-data breaches to the authorized body</source>
        <translation>Дербес деректердің бұзылуы туралы уәкілетті органға хабарламалар</translation>
    </message>
    <message>
        <source>The authorized body must be told within one working day of detection.</source>
        <translation>Уәкілетті орган анықталған кезден бастап бір жұмыс күні ішінде хабардар етілуі тиіс.</translation>
    </message>
    <message>
        <source>Open the breach register</source>
        <translation>Бұзушылықтар тізілімін ашу</translation>
    </message>
</context>
<context>
    <name>BreachRegisterDialog</name>
    <message>
        <source>Register of personal-data breaches</source>
        <translation>Дербес деректер қауіпсіздігі бұзылуларының тізілімі</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Жабылмағандар</translation>
    </message>
    <message>
        <source>Overdue notices</source>
        <translation>Хабарлама мерзімі өткендер</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>A breach is notified to the authorized body for personal data within one working day of its detection, with the contact details of the person responsible for personal data.</source>
        <translation>Бұзушылық туралы дербес деректер жөніндегі уәкілетті орган анықталған кезден бастап бір жұмыс күні ішінде, дербес деректерді өңдеуді ұйымдастыруға жауапты адамның байланыс деректері көрсетіле отырып хабардар етіледі.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Хабарлау мерзімі</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Хабарланды</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Mark notified…</source>
        <translation>&amp;Хабарланды деп белгілеу…</translation>
    </message>
    <message>
        <source>Close the &amp;breach…</source>
        <translation>Бұзушылықты &amp;жабу…</translation>
    </message>
    <message>
        <source>Notice &amp;text…</source>
        <translation>Хабарлама &amp;мәтіні…</translation>
    </message>
    <message>
        <source>&amp;Responsible person…</source>
        <translation>Жауапты &amp;адам…</translation>
    </message>
</context>
<context>
    <name>BreachTexts</name>
    <message>
        <source>Not notified</source>
        <translation>Хабарланбаған</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Хабарланды</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>surnames, names, patronymics</source>
        <translation>тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>IINs</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>addresses, phones, e-mails</source>
        <translation>мекенжайлар, телефондар, эл. пошта</translation>
    </message>
    <message>
        <source>contents of appeals and replies</source>
        <translation>өтініштер мен жауаптардың мазмұны</translation>
    </message>
    <message>
        <source>electronic copies of documents</source>
        <translation>құжаттардың электрондық көшірмелері</translation>
    </message>
    <message>
        <source>staff accounts and passwords</source>
        <translation>қызметкерлердің есептік жазбалары мен құпиясөздері</translation>
    </message>
    <message>
        <source>other (see the description)</source>
        <translation>басқа (сипаттаманы қараңыз)</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>электрондық пошта арқылы</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>хатпен</translation>
    </message>
    <message>
        <source>through an e-government service</source>
        <translation>электрондық үкімет сервисі арқылы</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>телефон арқылы</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>басқа тәсілмен</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Мәтін тым ұзын.</translation>
    </message>
    <message>
        <source>Remove the control characters from this text.</source>
        <translation>Мәтіннен басқару таңбаларын алып тастаңыз.</translation>
    </message>
    <message>
        <source>Type a phone number, such as +7 701 123 45 67.</source>
        <translation>Телефон нөмірін теріңіз, мысалы +7 701 123 45 67.</translation>
    </message>
    <message>
        <source>Type an e-mail address, such as name@mail.kz.</source>
        <translation>Эл. пошта мекенжайын теріңіз, мысалы name@mail.kz.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 12, or leave it empty.</source>
        <translation>Бүтін сан теріңіз, мысалы 12, немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Check the date and time.</source>
        <translation>Күні мен уақытын тексеріңіз.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Тізімнен мән таңдаңыз.</translation>
    </message>
    <message>
        <source>This date is too long ago. Check the year.</source>
        <translation>Бұл күн тым ертеде. Жылын тексеріңіз.</translation>
    </message>
    <message>
        <source>This moment is still to come. Check the date and time.</source>
        <translation>Бұл сәт әлі келген жоқ. Күні мен уақытын тексеріңіз.</translation>
    </message>
    <message>
        <source>The notice cannot precede the detection.</source>
        <translation>Хабарлама анықталғанға дейін жіберілуі мүмкін емес.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address.</source>
        <translation>Телефон нөмірін немесе эл. пошта мекенжайын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Fewer than the persons named by IIN below. Correct the number.</source>
        <translation>Төменде ЖСН бойынша көрсетілген адамдардан аз. Санын түзетіңіз.</translation>
    </message>
    <message>
        <source>Each IIN has exactly 12 digits; separate them with spaces.</source>
        <translation>Әр ЖСН-де дәл 12 цифр бар; оларды бос орынмен бөліңіз.</translation>
    </message>
    <message>
        <source>An IIN is mistyped: its last digit does not match.</source>
        <translation>ЖСН қате терілген: соңғы цифры сәйкес емес.</translation>
    </message>
    <message>
        <source>An IIN is mistyped: the date in it is impossible.</source>
        <translation>ЖСН қате терілген: ондағы күн мүмкін емес.</translation>
    </message>
    <message>
        <source>An IIN is mistyped: no such number can exist.</source>
        <translation>ЖСН қате терілген: мұндай нөмір болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Please check this value.</source>
        <translation>Бұл мәнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Overdue: notice was due {0}</source>
        <translation>Мерзімі өтті: хабарлама {0} дейін тиіс еді</translation>
    </message>
    <message>
        <source>Notice due today</source>
        <translation>Хабарлау мерзімі бүгін</translation>
    </message>
    <message>
        <source>Notified late</source>
        <translation>Кешігіп хабарланды</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <source>(enter the body in Settings)</source>
        <translation>(органды Баптауларда енгізіңіз)</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БСН {0}</translation>
    </message>
    <message>
        <source>phone {0}</source>
        <translation>телефон {0}</translation>
    </message>
    <message>
        <source>e-mail {0}</source>
        <translation>эл. пошта {0}</translation>
    </message>
    <message>
        <source>To the authorized body for the protection of personal data</source>
        <translation>Дербес деректерді қорғау жөніндегі уәкілетті органға</translation>
    </message>
    <message>
        <source>NOTICE OF A PERSONAL-DATA SECURITY BREACH No. {0}</source>
        <translation>ДЕРБЕС ДЕРЕКТЕР ҚАУІПСІЗДІГІНІҢ БҰЗЫЛУЫ ТУРАЛЫ № {0} ХАБАРЛАМА</translation>
    </message>
    <message>
        <source>Operator: {0}</source>
        <translation>Оператор: {0}</translation>
    </message>
    <message>
        <source>Detected: {0} (Astana time)</source>
        <translation>Анықталды: {0} (Астана уақыты)</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Не болды:</translation>
    </message>
    <message>
        <source>Personal data affected: {0}</source>
        <translation>Зардап шеккен дербес деректер: {0}</translation>
    </message>
    <message>
        <source>Persons affected (approximately): {0}</source>
        <translation>Зардап шеккен адамдар (шамамен): {0}</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Қабылданған шаралар:</translation>
    </message>
    <message>
        <source>being determined</source>
        <translation>айқындалуда</translation>
    </message>
    <message>
        <source>Person responsible for organizing the processing of personal data: {0}</source>
        <translation>Дербес деректерді өңдеуді ұйымдастыруға жауапты адам: {0}</translation>
    </message>
    <message>
        <source>Sent within one working day of detection (PD Law art. 25(2)(8)): by {0}.</source>
        <translation>Анықталған кезден бастап бір жұмыс күні ішінде жіберіледі (ДД туралы Заң 25-б. 2-т. 8) тт.): {0} дейін.</translation>
    </message>
    <message>
        <source>Date: ____________    Signature: ____________</source>
        <translation>Күні: ____________    Қолы: ____________</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Due dates in working days skip weekends and public holidays. Each year the government moves some days off: enter here a Saturday declared a working day, or a weekday made a day off, as soon as the decision is published.</source>
        <translation>Жұмыс күндерімен есептелетін мерзімдерге демалыс және мереке күндері кірмейді. Үкімет жыл сайын кейбір демалыс күндерін ауыстырады: жұмыс күні деп жарияланған сенбіні немесе демалыс күні болған жұмыс күнін шешім жарияланған бойда осында енгізіңіз.</translation>
    </message>
    <message>
        <source>Corrections of this registry</source>
        <translation>Осы тізілімнің түзетулері</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>Күн түрі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>No corrections yet: the calendar follows the public holidays below.</source>
        <translation>Түзетулер әлі жоқ: күнтізбе төмендегі мереке күндеріне сүйенеді.</translation>
    </message>
    <message>
        <source>Add a correction (or choose one above to change it)</source>
        <translation>Түзету қосу (немесе өзгерту үшін жоғарыдан таңдаңыз)</translation>
    </message>
    <message>
        <source>a working day (a transferred working day)</source>
        <translation>жұмыс күні (ауыстырылған жұмыс күні)</translation>
    </message>
    <message>
        <source>a day off (an extra day off)</source>
        <translation>демалыс күні (қосымша демалыс күні)</translation>
    </message>
    <message>
        <source>Note, such as the number of the government decree</source>
        <translation>Ескертпе, мысалы Үкімет қаулысының нөмірі</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>Тізімге қо&amp;су</translation>
    </message>
    <message>
        <source>Public holidays the calendar knows, in</source>
        <translation>Күнтізбеге белгілі мереке күндері, жылы:</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Мереке</translation>
    </message>
</context>
<context>
    <name>CardField</name>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Тіркеген</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Collective appeal</source>
        <translation>Ұжымдық өтініш</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Өтініш берушілер</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Жауапкер тарап</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Талап етілген сома</translation>
    </message>
    <message>
        <source>Correspondent&apos;s number and date</source>
        <translation>Хат жіберушінің нөмірі мен күні</translation>
    </message>
    <message>
        <source>Correspondent&apos;s number</source>
        <translation>Хат жіберушінің нөмірі</translation>
    </message>
    <message>
        <source>Correspondent&apos;s date</source>
        <translation>Хат жіберушінің күні</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Келіп түскен күні</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>Court matter</source>
        <translation>Сотқа қатысты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Жауап берілген өтініш</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Earlier appeal</source>
        <translation>Алғашқы өтініш</translation>
    </message>
    <message>
        <source>Repeat appeals</source>
        <translation>Қайталама өтініштер</translation>
    </message>
    <message>
        <source>Sent via</source>
        <translation>Жіберу тәсілі</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаттар</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Журнал:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Түсу &amp;арнасы:</translation>
    </message>
    <message>
        <source>Sent &amp;via:</source>
        <translation>Жіберу &amp;тәсілі:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Нысаны:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Келіп түскен күні:</translation>
    </message>
    <message>
        <source>In reply &amp;to No.:</source>
        <translation>&amp;Жауап берілетін өтініш №:</translation>
    </message>
    <message>
        <source>Correspondent&apos;s &amp;No.:</source>
        <translation>Хат жіберушінің &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Correspondent&apos;s &amp;date:</source>
        <translation>Хат жіберушінің к&amp;үні:</translation>
    </message>
    <message>
        <source>Sh&amp;eets:</source>
        <translation>&amp;Парақ саны:</translation>
    </message>
    <message>
        <source>Repea&amp;t of No.:</source>
        <translation>&amp;Алғашқы өтініш №:</translation>
    </message>
    <message>
        <source>&amp;Court matter</source>
        <translation>С&amp;отқа қатысты</translation>
    </message>
    <message>
        <source>Incoming appeals</source>
        <translation>Кіріс өтініштер</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>When the paper arrived (today unless it came earlier)</source>
        <translation>Қағаз түскен күн (ертерек түспесе — бүгін)</translation>
    </message>
    <message>
        <source>The sender&apos;s own number of the letter, if it has one</source>
        <translation>Хат жіберушінің өз нөмірі, егер бар болса</translation>
    </message>
    <message>
        <source>number of the incoming appeal</source>
        <translation>кіріс өтініштің нөмірі</translation>
    </message>
    <message>
        <source>The incoming appeal this letter answers; left empty, the letter answers none</source>
        <translation>Осы хат жауап беретін кіріс өтініш; бос қалса, хат ешбір өтінішке жауап болмайды</translation>
    </message>
    <message>
        <source>number of the earlier appeal</source>
        <translation>алғашқы өтініштің нөмірі</translation>
    </message>
    <message>
        <source>For a repeat appeal: the registration number of the earlier one</source>
        <translation>Қайталама өтініш үшін: алғашқы өтініштің тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Sheets of the paper original</source>
        <translation>Қағаз түпнұсқаның парақ саны</translation>
    </message>
    <message>
        <source>Correspondence about a court case: never transmitted to the national system</source>
        <translation>Сот ісі бойынша хат алмасу: ТҚҚБАЖ-ға ешқашан берілмейді</translation>
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
        <translation>№ {0} карточканы ашу</translation>
    </message>
</context>
<context>
    <name>CardHistory</name>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>No. {0}, workstation {1}</source>
        <translation>№ {0}, жұмыс орны {1}</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Өзгертілді: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Registration-control card</source>
        <translation>Тіркеу-бақылау карточкасы</translation>
    </message>
    <message>
        <source>Select a card to see all its fields and its history.</source>
        <translation>Карточканың барлық өрістері мен тарихын көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Registration-control card No. {0}</source>
        <translation>№ {0} тіркеу-бақылау карточкасы</translation>
    </message>
</context>
<context>
    <name>CardSheet</name>
    <message>
        <source>Registration-control card No. {0}</source>
        <translation>Тіркеу-бақылау карточкасы № {0}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Жауапты орындаушылар</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Бұрыштама</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Қарау нәтижесі</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БСН {0}</translation>
    </message>
    <message>
        <source>Printed {0} (Astana time) by {1}</source>
        <translation>Басып шығарылды: {0} (Астана уақыты), {1}</translation>
    </message>
    <message>
        <source>Registration and content</source>
        <translation>Тіркеу және мазмұны</translation>
    </message>
    <message>
        <source>{0}, pages: {1}; added {2} by {3}</source>
        <translation>{0}, беттер: {1}; қосылды {2}, {3}</translation>
    </message>
    <message>
        <source>Electronic copies</source>
        <translation>Электрондық көшірмелер</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Орындалуын бақылау</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Card No. {0} — page {1} of {2}</source>
        <translation>№ {0} карточка — {2} беттің {1}-беті</translation>
    </message>
</context>
<context>
    <name>CardValue</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>No. {0} of {1}</source>
        <translation>№ {0}, {1}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БСН {0}</translation>
    </message>
    <message>
        <source>IIN {0}</source>
        <translation>ЖСН {0}</translation>
    </message>
    <message>
        <source>BIN/IIN {0}</source>
        <translation>БСН/ЖСН {0}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation>&amp;Қазіргі құпиясөз:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Жаңа құпиясөзді &amp;растау:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Құпиясөзді өзгерту</translation>
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
    <name>CloseForm</name>
    <message>
        <source>Close breach {0}</source>
        <translation>{0} бұзушылығын жабу</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>The authorized body has not been told of this breach. Close it only if it proved no breach, and say why.</source>
        <translation>Бұл бұзушылық туралы уәкілетті орган хабардар етілмеген. Оны бұзушылық болмай шықса ғана жабыңыз және себебін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Келісімді тіркеу</translation>
    </message>
    <message>
        <source>1) &amp;Operator (the body that processes the data):</source>
        <translation>1) &amp;Оператор (деректерді өңдейтін орган):</translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;BIN (IIN):</source>
        <translation>Оператордың &amp;БСН (ЖСН):</translation>
    </message>
    <message>
        <source>2) &amp;Subject&apos;s surname, name, patronymic:</source>
        <translation>2) &amp;Субъектінің тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>or the period in words</source>
        <translation>немесе кезеңі сөзбен</translation>
    </message>
    <message>
        <source>3) &amp;Term of the consent:</source>
        <translation>3) Келісімнің &amp;мерзімі:</translation>
    </message>
    <message>
        <source>4) The operator may &amp;transfer the data to third parties</source>
        <translation>4) Оператор деректерді үшінші тұлғаларға &amp;бере алады</translation>
    </message>
    <message>
        <source>5) &amp;Cross-border transfer of the data</source>
        <translation>5) Деректерді &amp;трансшекаралық беру</translation>
    </message>
    <message>
        <source>6) Dissemination in &amp;publicly available sources</source>
        <translation>6) &amp;Жалпыға бірдей қолжетімді көздерде тарату</translation>
    </message>
    <message>
        <source>7) &amp;List of the data:</source>
        <translation>7) Деректердің &amp;тізбесі:</translation>
    </message>
    <message>
        <source>8) &amp;Other information (not required):</source>
        <translation>8) &amp;Өзге мәліметтер (міндетті емес):</translation>
    </message>
    <message>
        <source>&amp;How the consent was given:</source>
        <translation>Келісім &amp;қалай берілді:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>Берілген &amp;күні:</translation>
    </message>
    <message>
        <source>Service reference, or how the consent can be &amp;confirmed:</source>
        <translation>Сервистегі нөмірі немесе келісімді қалай &amp;растауға болады:</translation>
    </message>
</context>
<context>
    <name>ConsentFlow</name>
    <message>
        <source>Personal data &amp;grounds…</source>
        <translation>Дербес деректерді өңдеу &amp;негіздері…</translation>
    </message>
    <message>
        <source>The legal ground for processing the data of each person on the card</source>
        <translation>Карточкадағы әр адамның деректерін өңдеудің заңды негізі</translation>
    </message>
</context>
<context>
    <name>ConsentTexts</name>
    <message>
        <source>In writing (signed form)</source>
        <translation>Жазбаша (қол қойылған нысан)</translation>
    </message>
    <message>
        <source>Through the state service</source>
        <translation>Мемлекеттік сервис арқылы</translation>
    </message>
    <message>
        <source>Through a non-state service</source>
        <translation>Мемлекеттік емес сервис арқылы</translation>
    </message>
    <message>
        <source>Another way that can be confirmed</source>
        <translation>Растауға болатын өзге тәсілмен</translation>
    </message>
    <message>
        <source>Art. 9(1): administrative-offence cases, courts, enforcement proceedings</source>
        <translation>9-бап 1): әкімшілік құқық бұзушылық істері, соттар, атқарушылық іс жүргізу</translation>
    </message>
    <message>
        <source>Art. 9(4): implementing a ratified international treaty</source>
        <translation>9-бап 4): ратификацияланған халықаралық шартты іске асыру</translation>
    </message>
    <message>
        <source>Art. 9(5): protecting rights and freedoms when consent cannot be obtained</source>
        <translation>9-бап 5): келісім алу мүмкін болмағанда құқықтар мен бостандықтарды қорғау</translation>
    </message>
    <message>
        <source>Art. 9(8): the person did not fulfil a legal duty to provide the data</source>
        <translation>9-бап 8): субъект деректерді беру жөніндегі заңды міндетін орындамады</translation>
    </message>
    <message>
        <source>Art. 9(10): another case established by law (name the law)</source>
        <translation>9-бап 10): заңда белгіленген өзге жағдай (заңды атаңыз)</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондық поштасы</translation>
    </message>
    <message>
        <source>the text of the appeal</source>
        <translation>өтініштің мәтіні</translation>
    </message>
    <message>
        <source>copies of the documents</source>
        <translation>құжаттардың көшірмелері</translation>
    </message>
    <message>
        <source>No ground recorded</source>
        <translation>Негіз тіркелмеген</translation>
    </message>
    <message>
        <source>Processing without consent: {0}</source>
        <translation>Келісімсіз өңдеу: {0}</translation>
    </message>
    <message>
        <source>Consent withdrawn on {0}</source>
        <translation>Келісім {0} кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Consent expired on {0}</source>
        <translation>Келісімнің мерзімі {0} өтті</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>{0} дейін</translation>
    </message>
    <message>
        <source>in the appeal, until its storage period ends</source>
        <translation>өтініште, оның сақтау мерзімі біткенге дейін</translation>
    </message>
    <message>
        <source>Consent {0}</source>
        <translation>Келісім {0}</translation>
    </message>
    <message>
        <source>transfer to third parties allowed</source>
        <translation>үшінші тұлғаларға беруге рұқсат етілген</translation>
    </message>
    <message>
        <source>no transfer to third parties</source>
        <translation>үшінші тұлғаларға беруге болмайды</translation>
    </message>
    <message>
        <source>signed form not attached</source>
        <translation>қол қойылған нысан қоса тіркелмеген</translation>
    </message>
    <message>
        <source>withdrawal refused by law</source>
        <translation>кері қайтарып алу заң бойынша мүмкін емес</translation>
    </message>
</context>
<context>
    <name>ContentFields</name>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Қысқаша мазмұны:</translation>
    </message>
    <message>
        <source>Claimed &amp;amount, ₸:</source>
        <translation>Талап етілген &amp;сома, ₸:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>What the appeal is about, in brief</source>
        <translation>Өтініш не туралы, қысқаша</translation>
    </message>
    <message>
        <source>such as 125 000,50</source>
        <translation>мысалы, 125 000,50</translation>
    </message>
    <message>
        <source>The amount the applicant claims, in tenge (not required)</source>
        <translation>Өтініш беруші талап ететін сома, теңгемен (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>ControlDialog</name>
    <message>
        <source>Card No. {0}</source>
        <translation>№ {0} карточка</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ControlEvent</name>
    <message>
        <source>Put on control</source>
        <translation>Бақылауға алынды</translation>
    </message>
    <message>
        <source>Executors assigned</source>
        <translation>Жауапты орындаушылар тағайындалды</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Орындау басталды</translation>
    </message>
    <message>
        <source>Due date extended</source>
        <translation>Орындау мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Қарау нәтижесі жазылды</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Бақылаудан алынды</translation>
    </message>
    <message>
        <source>Control resumed</source>
        <translation>Бақылау қайта басталды</translation>
    </message>
    <message>
        <source>Applicant told of the extension</source>
        <translation>Өтініш берушіге мерзімнің ұзартылғаны хабарланды</translation>
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
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Overdue / left</source>
        <translation>Өткені / қалғаны</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Жауапты орындаушылар</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>{0} (lead)</source>
        <translation>{0} (негізгі)</translation>
    </message>
    <message>
        <source>Due date by the rules: {0}</source>
        <translation>Ереже бойынша орындау мерзімі: {0}</translation>
    </message>
    <message>
        <source>Executors: {0}</source>
        <translation>Жауапты орындаушылар: {0}</translation>
    </message>
    <message>
        <source>Resolution: {0}</source>
        <translation>Бұрыштама: {0}</translation>
    </message>
    <message>
        <source>New due date: {0}</source>
        <translation>Жаңа орындау мерзімі: {0}</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Себебі: {0}</translation>
    </message>
    <message>
        <source>Tell the applicant by: {0}</source>
        <translation>Өтініш берушіге хабарлау мерзімі: {0}</translation>
    </message>
    <message>
        <source>Result: {0}</source>
        <translation>Нәтижесі: {0}</translation>
    </message>
    <message>
        <source>Reason for refusal: {0}</source>
        <translation>Бас тарту себебі: {0}</translation>
    </message>
    <message>
        <source>Forwarded to: {0}</source>
        <translation>Кімге жолданды: {0}</translation>
    </message>
    <message>
        <source>Covering letter No. {0}</source>
        <translation>Ілеспе хат № {0}</translation>
    </message>
    <message>
        <source>Explanation: {0}</source>
        <translation>Түсіндірме: {0}</translation>
    </message>
    <message>
        <source>Reply No. {0}</source>
        <translation>Жауап № {0}</translation>
    </message>
    <message>
        <source>Without a reply</source>
        <translation>Жауапсыз</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Орындалуын бақылау</translation>
    </message>
    <message>
        <source>Select a card to see its execution control.</source>
        <translation>Орындалуын бақылауды көру үшін карточканы таңдаңыз.</translation>
    </message>
    <message>
        <source>Execution control of card No. {0}</source>
        <translation>№ {0} карточканың орындалуын бақылау</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>This card is not under execution control: only incoming appeals are.</source>
        <translation>Бұл карточка орындалуын бақылауда емес: бақылауға тек кіріс өтініштер алынады.</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>әлі тағайындалмаған</translation>
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
        <translation>өтініш берушіге {0} дейін хабарлау керек ({1})</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Тағайындау…</translation>
    </message>
    <message>
        <source>Assign the responsible executors and write the resolution</source>
        <translation>Жауапты орындаушыларды тағайындап, бұрыштама жазу</translation>
    </message>
    <message>
        <source>&amp;Start work</source>
        <translation>&amp;Орындауды бастау</translation>
    </message>
    <message>
        <source>Mark that the executor has started work on the appeal</source>
        <translation>Орындаушы өтінішпен жұмысты бастағанын белгілеу</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Мерзімін &amp;ұзарту…</translation>
    </message>
    <message>
        <source>Extend the due date, with the reason</source>
        <translation>Орындау мерзімін себебін көрсетіп ұзарту</translation>
    </message>
    <message>
        <source>Record the &amp;result…</source>
        <translation>&amp;Нәтижені жазу…</translation>
    </message>
    <message>
        <source>Record the result of consideration</source>
        <translation>Қарау нәтижесін жазу</translation>
    </message>
    <message>
        <source>Re&amp;move from control…</source>
        <translation>Бақылаудан &amp;алу…</translation>
    </message>
    <message>
        <source>Remove the card from control once the result is recorded and the reply has gone out</source>
        <translation>Нәтиже жазылып, жауап жіберілгеннен кейін карточканы бақылаудан алу</translation>
    </message>
    <message>
        <source>Res&amp;ume control…</source>
        <translation>Бақылауды &amp;қайта бастау…</translation>
    </message>
    <message>
        <source>Put the card back under control</source>
        <translation>Карточканы қайтадан бақылауға алу</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Жағдайы:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Орындау мерзімі:</translation>
    </message>
    <message>
        <source>Executors:</source>
        <translation>Орындаушылар:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Бұрыштама:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Ұзарту:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
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
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Kind and summary</source>
        <translation>Түрі және қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Жауапты орындаушылар</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>overdue: %1, due soon: %2</source>
        <translation>мерзімі өткен: %1, мерзімі жақындап қалған: %2</translation>
    </message>
    <message>
        <source>(personal data withheld)</source>
        <translation>(дербес деректер көрсетілмейді)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <source>Total: %1 appeals, %2</source>
        <translation>Барлығы: %1 өтініш, %2</translation>
    </message>
    <message>
        <source>BIN %1</source>
        <translation>БСН %1</translation>
    </message>
    <message>
        <source>Overdue and due within %1 days, on %2</source>
        <translation>%2 жағдай бойынша мерзімі өткен және %1 күн ішінде орындалатын</translation>
    </message>
    <message>
        <source>CONTROL REPORT</source>
        <translation>БАҚЫЛАУ ЕСЕБІ</translation>
    </message>
    <message>
        <source>Control report</source>
        <translation>Бақылау есебі</translation>
    </message>
    <message>
        <source>Due within (days):</source>
        <translation>Мерзімі (күн) ішінде:</translation>
    </message>
    <message>
        <source>Preview/Print…</source>
        <translation>Алдын ала қарау/Басып шығару…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Есеп дайындалуда…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 сақталды (%2 бет).</translation>
    </message>
</context>
<context>
    <name>ControlResult</name>
    <message>
        <source>Satisfied</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <source>Partially satisfied</source>
        <translation>Ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Қанағаттандырусыз қалдырылды</translation>
    </message>
    <message>
        <source>Consideration refused</source>
        <translation>Қараудан бас тартылды</translation>
    </message>
    <message>
        <source>Forwarded by competence</source>
        <translation>Құзыреті бойынша жолданды</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Өтініш беруші кері қайтарып алды</translation>
    </message>
    <message>
        <source>Left without consideration</source>
        <translation>Қараусыз қалдырылды</translation>
    </message>
</context>
<context>
    <name>ControlStatus</name>
    <message>
        <source>Not assigned yet</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Нәтиже жазылды</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Бақылаудан алынды</translation>
    </message>
</context>
<context>
    <name>ControlTab</name>
    <message>
        <source>All executors</source>
        <translation>Барлық орындаушылар</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>Appeals on execution control</source>
        <translation>Орындалуы бақылаудағы өтініштер</translation>
    </message>
    <message>
        <source>Earliest due date first</source>
        <translation>Мерзімі ертерегі жоғарыда</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>&amp;All on control</source>
        <translation>&amp;Барлығы бақылауда</translation>
    </message>
    <message>
        <source>Due &amp;today</source>
        <translation>Мерзімі бү&amp;гін</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Мерзімі &amp;өткен</translation>
    </message>
    <message>
        <source>{0} ({1} open, {2} overdue)</source>
        <translation>{0} (бақылауда {1}, мерзімі өткен {2})</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн ішінде</translation>
    </message>
    <message>
        <source>Due from today to this many days ahead</source>
        <translation>Мерзімі бүгіннен бастап осынша күн ішінде</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No appeals on control match this choice.</source>
        <translation>Таңдауға сәйкес бақылаудағы өтініштер жоқ.</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>Бақылауда</translation>
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
    <name>CriteriaForm</name>
    <message>
        <source>Any journal</source>
        <translation>Кез келген журнал</translation>
    </message>
    <message>
        <source>All incoming journals</source>
        <translation>Барлық кіріс журналдары</translation>
    </message>
    <message>
        <source>All outgoing journals</source>
        <translation>Барлық шығыс журналдары</translation>
    </message>
    <message>
        <source>Any executor</source>
        <translation>Кез келген орындаушы</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Тіркелген күні:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Орындау мерзімі:</translation>
    </message>
    <message>
        <source>Registration No.:</source>
        <translation>Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Түсу арнасы:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Өтініш беруші:</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN:</source>
        <translation>Өтініш берушінің ЖСН:</translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Жауапкер тарап:</translation>
    </message>
    <message>
        <source>Respondent&apos;s BIN:</source>
        <translation>Жауапкердің БСН:</translation>
    </message>
    <message>
        <source>Amount, ₸:</source>
        <translation>Сома, ₸:</translation>
    </message>
    <message>
        <source>Control status:</source>
        <translation>Бақылау жағдайы:</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Жауапты орындаушы:</translation>
    </message>
    <message>
        <source>Court matter:</source>
        <translation>Сотқа қатысты:</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>осыдан басталады</translation>
    </message>
    <message>
        <source>Find every number that begins with what is typed, such as 01/A- or 01/A-12</source>
        <translation>Терілген мәтіннен басталатын барлық нөмірлерді табу, мысалы 01/A- немесе 01/A-12</translation>
    </message>
    <message>
        <source>the whole number</source>
        <translation>толық нөмір</translation>
    </message>
    <message>
        <source>surname, or its beginning</source>
        <translation>тегі немесе оның басы</translation>
    </message>
    <message>
        <source>The name as the card has it, surname first; its beginning is enough. For an organisation, the beginning of its name.</source>
        <translation>Карточкадағы аты-жөні, алдымен тегі; басы да жеткілікті. Ұйым үшін атауының басы.</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>атауының бөлігі</translation>
    </message>
    <message>
        <source>Any part of the seller&apos;s or organizer&apos;s name</source>
        <translation>Сатушы немесе ұйымдастырушы атауының кез келген бөлігі</translation>
    </message>
    <message>
        <source>from</source>
        <comment>a date</comment>
        <translation>басы</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a date</comment>
        <translation>соңы</translation>
    </message>
    <message>
        <source>Registered on this day or later (Astana time)</source>
        <translation>Осы күні немесе одан кейін тіркелген (Астана уақыты)</translation>
    </message>
    <message>
        <source>Registered on this day or earlier (Astana time)</source>
        <translation>Осы күні немесе одан бұрын тіркелген (Астана уақыты)</translation>
    </message>
    <message>
        <source>from</source>
        <comment>an amount</comment>
        <translation>ең азы</translation>
    </message>
    <message>
        <source>to</source>
        <comment>an amount</comment>
        <translation>ең көбі</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>тек мерзімі өткендер</translation>
    </message>
    <message>
        <source>On execution control and past the due date</source>
        <translation>Орындалуы бақылауда, орындау мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Кез келген арна</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Кез келген санат</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Кез келген түр</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген жағдай</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Бәрі</translation>
    </message>
    <message>
        <source>Court matters only</source>
        <translation>Тек сотқа қатыстылар</translation>
    </message>
    <message>
        <source>No court matters</source>
        <translation>Сотқа қатыстыларсыз</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data and language</source>
        <translation>Деректер және тіл</translation>
    </message>
    <message>
        <source>The folder cannot be opened here. Its path is shown above.</source>
        <translation>Қалтаны мұнда ашу мүмкін емес. Оның жолы жоғарыда көрсетілген.</translation>
    </message>
    <message>
        <source>Where this registry keeps its data, the language of the program on this computer, and when an idle window locks itself.</source>
        <translation>Тізілім деректерінің орны, осы компьютердегі бағдарлама тілі және әрекетсіз терезенің қашан құлыпталатыны.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>The electronic copies are kept in this folder, and the database too unless it is on a server. Back it up regularly.</source>
        <translation>Бұл қалтада электрондық көшірмелер, ал дерекқор серверде болмаса, ол да сақталады. Оның сақтық көшірмесін үнемі жасаңыз.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Қалтаны &amp;ашу</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>The same choice as in the Language menu; it applies to this computer only.</source>
        <translation>«Тіл» мәзіріндегі таңдаумен бірдей; тек осы компьютерге қолданылады.</translation>
    </message>
    <message>
        <source>Lock the window after this many &amp;idle minutes:</source>
        <translation>Әрекетсіз осынша &amp;минуттан кейін терезені құлыптау:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>With no key press or click for this long, the window hides the registry until the password is typed again. It applies to this computer.</source>
        <translation>Осы уақыт ішінде бірде-бір перне не тышқан басылмаса, құпиясөз қайта терілгенше терезе тізілімді жасырады. Осы компьютерге қолданылады.</translation>
    </message>
</context>
<context>
    <name>DeadlineRule</name>
    <message>
        <source>A seller&apos;s answer to a consumer&apos;s claim</source>
        <translation>Сатушының тұтынушы наразылығына жауабы</translation>
    </message>
    <message>
        <source>Consideration by the pre-trial settlement body</source>
        <translation>Сотқа дейінгі реттеу субъектісінің қарауы</translation>
    </message>
    <message>
        <source>An appeal to a state body</source>
        <translation>Мемлекеттік органға өтініш</translation>
    </message>
    <message>
        <source>Extension of an appeal to a state body, at most</source>
        <translation>Мемлекеттік органға өтініш мерзімін ұзартудың ең ұзақ мерзімі</translation>
    </message>
    <message>
        <source>Telling the applicant of an extension</source>
        <translation>Мерзімнің ұзартылғаны туралы өтініш берушіге хабарлау</translation>
    </message>
    <message>
        <source>Forwarding by competence</source>
        <translation>Құзыреті бойынша жолдау</translation>
    </message>
    <message>
        <source>A decision to refuse consideration</source>
        <translation>Қараудан бас тарту туралы шешім</translation>
    </message>
    <message>
        <source>A personal data subject&apos;s request; a notice of a breach</source>
        <translation>Дербес деректер субъектісінің сұрауы; бұзушылық туралы хабарлама</translation>
    </message>
    <message>
        <source>A notice of a personal data transfer</source>
        <translation>Дербес деректерді беру туралы хабарлама</translation>
    </message>
    <message>
        <source>Consumer Protection Law, art. 42-4</source>
        <translation>«Тұтынушылардың құқықтарын қорғау туралы» Заң, 42-4-бап</translation>
    </message>
    <message>
        <source>Not set by law (arts. 42-8, 42-9 set none): the body&apos;s own period</source>
        <translation>Заңда белгіленбеген (42-8, 42-9-баптарда жоқ): субъектінің өз мерзімі</translation>
    </message>
    <message>
        <source>Administrative Procedural Code, art. 76</source>
        <translation>Әкімшілік рәсімдік-процестік кодекс, 76-бап</translation>
    </message>
    <message>
        <source>Consumer Protection Law, art. 42-6</source>
        <translation>«Тұтынушылардың құқықтарын қорғау туралы» Заң, 42-6-бап</translation>
    </message>
    <message>
        <source>Law on personal data, art. 25</source>
        <translation>«Дербес деректер және оларды қорғау туралы» Заң, 25-бап</translation>
    </message>
    <message>
        <source>Law on personal data, art. 19</source>
        <translation>«Дербес деректер және оларды қорғау туралы» Заң, 19-бап</translation>
    </message>
</context>
<context>
    <name>DeadlineRulesPage</name>
    <message>
        <source>Deadline rules</source>
        <translation>Мерзім ережелері</translation>
    </message>
    <message>
        <source>The periods by which due dates are counted. A changed period applies to appeals registered from now on; appeals already on control keep their due dates.</source>
        <translation>Орындау мерзімдері есептелетін кезеңдер. Өзгертілген кезең бұдан былай тіркелетін өтініштерге қолданылады; бақылаудағы өтініштердің мерзімдері өзгермейді.</translation>
    </message>
    <message>
        <source>Appeals: {0}</source>
        <translation>Өтініштер: {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Негізі: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Restore the period set by law or shipped with the program: {0} ({1})</source>
        <translation>Заңда белгіленген немесе бағдарламамен бірге берілген кезеңді қайтару: {0} ({1})</translation>
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
        <translation>Бұл тізілімдегі өтініштер ойдан шығарылған, сіз онда барлық рөлі бар ойдан шығарылған демо-пайдаланушы ретінде жұмыс істейсіз. Сіздің өз тізіліміңіз өзгермейді.</translation>
    </message>
    <message>
        <source>Back to my registry</source>
        <translation>Өз тізіліміме оралу</translation>
    </message>
</context>
<context>
    <name>DestructionAct</name>
    <message>
        <source>The retention period ran out</source>
        <translation>Сақтау мерзімі өтті</translation>
    </message>
    <message>
        <source>The purpose of processing was achieved</source>
        <translation>Өңдеу мақсатына қол жеткізілді</translation>
    </message>
    <message>
        <source>The person withdrew consent</source>
        <translation>Субъект келісімін кері қайтарып алды</translation>
    </message>
    <message>
        <source>A court decision in force</source>
        <translation>Заңды күшіне енген сот шешімі</translation>
    </message>
    <message>
        <source>Unlawful processing was found</source>
        <translation>Заңсыз өңдеу анықталды</translation>
    </message>
    <message>
        <source>Another case provided by law</source>
        <translation>Заңда көзделген өзге жағдай</translation>
    </message>
    <message>
        <source>personal data of the card destroyed</source>
        <translation>карточканың дербес деректері жойылды</translation>
    </message>
    <message>
        <source>the person erased from a collective card</source>
        <translation>тұлға ұжымдық карточкадан өшірілді</translation>
    </message>
    <message>
        <source>mentions of the person removed</source>
        <translation>тұлға туралы ескертулер алынып тасталды</translation>
    </message>
    <message>
        <source>unfiled scan destroyed</source>
        <translation>тіркелмеген скан жойылды</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>өтініш берушілер</translation>
    </message>
    <message>
        <source>history entries</source>
        <translation>тарих жазбалары</translation>
    </message>
    <message>
        <source>electronic copies</source>
        <translation>электрондық көшірмелер</translation>
    </message>
    <message>
        <source>recognised pages</source>
        <translation>танылған беттер</translation>
    </message>
    <message>
        <source>control texts</source>
        <translation>бақылау мәтіндері</translation>
    </message>
    <message>
        <source>words removed from the text</source>
        <translation>мәтіннен алынған сөздер</translation>
    </message>
    <message>
        <source>words removed from scans&apos; text</source>
        <translation>скан мәтінінен алынған сөздер</translation>
    </message>
    <message>
        <source>consents and other grounds for processing</source>
        <translation>келісімдер және өңдеудің басқа негіздері</translation>
    </message>
    <message>
        <source>removed from control</source>
        <translation>бақылаудан алынды</translation>
    </message>
    <message>
        <source>Act No. {0} on the destruction of personal data</source>
        <translation>Дербес деректерді жою туралы № {0} акт</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Жұмыс орны:</translation>
    </message>
    <message>
        <source>Ground:</source>
        <translation>Негіз:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Негіздеме:</translation>
    </message>
    <message>
        <source>Records destroyed:</source>
        <translation>Жойылған жазбалар:</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Scans to review by hand</source>
        <translation>Скандарды қолмен қарап шығу керек</translation>
    </message>
    <message>
        <source>The data were destroyed irreversibly: removed from the tables, the search index, the recognised text and the stored files, and the freed space overwritten. Their removal from the central store is queued. The audit trail keeps the record of this destruction.</source>
        <translation>Деректер қайтарымсыз жойылды: кестелерден, іздеу индексінен, танылған мәтіннен және сақталған файлдардан алынып, босаған орын қайта жазылды. Олардың орталық қоймадан жойылуы кезекке қойылды. Аудит журналы осы жою туралы жазбаны сақтайды.</translation>
    </message>
    <message>
        <source>Commission / responsible person:</source>
        <translation>Комиссия / жауапты тұлға:</translation>
    </message>
    <message>
        <source>Drawn up by: {0}</source>
        <translation>Құрастырған: {0}</translation>
    </message>
</context>
<context>
    <name>DestructionFlow</name>
    <message>
        <source>Records &amp;due for destruction…</source>
        <translation>&amp;Жоюға жататын жазбалар…</translation>
    </message>
    <message>
        <source>Records whose retention period ran out: destroy them with an act</source>
        <translation>Сақтау мерзімі өткен жазбалар: оларды актімен жою</translation>
    </message>
    <message>
        <source>A &amp;person&apos;s data…</source>
        <translation>&amp;Тұлғаның деректері…</translation>
    </message>
    <message>
        <source>What the registry holds about a person: report, block, destroy</source>
        <translation>Тізілімде тұлға туралы не сақталғаны: есеп, бұғаттау, жою</translation>
    </message>
</context>
<context>
    <name>Direction</name>
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
    <name>DueDates</name>
    <message>
        <source>Overdue by {0} days</source>
        <translation>Мерзімі {0} күн өткен</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Мерзімі 1 күн өткен</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 күн қалды</translation>
    </message>
    <message>
        <source>{0} days left</source>
        <translation>{0} күн қалды</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>Incoming appeals</source>
        <translation>Кіріс өтініштер</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <source>Unfiled scans</source>
        <translation>Тіркелмеген скандар</translation>
    </message>
    <message>
        <source>Records due for destruction</source>
        <translation>Жоюға жататын жазбалар</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Period counted from</source>
        <translation>Мерзім басталған күн</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Жою мерзімі</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Көшірмелер</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <source>Due for destruction: incoming appeals {0}, outgoing letters {1}, unfiled scans {2}.</source>
        <translation>Жоюға жатады: кіріс өтініштер {0}, шығыс хаттар {1}, тіркелмеген скандар {2}.</translation>
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
        <translation>Ұқсас карточкалар: {0}</translation>
    </message>
    <message>
        <source>This looks like an appeal registered already.</source>
        <translation>Бұл өтініш бұрын тіркелген сияқты.</translation>
    </message>
    <message>
        <source>Compare the paper with these cards. If it is a different document, register it anyway.</source>
        <translation>Қағазды осы карточкалармен салыстырыңыз. Егер бұл басқа құжат болса, бәрібір тіркеңіз.</translation>
    </message>
    <message>
        <source>Register &amp;anyway</source>
        <translation>&amp;Бәрібір тіркеу</translation>
    </message>
    <message>
        <source>It is a different document: register it</source>
        <translation>Бұл басқа құжат: тіркеу</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Қайту</translation>
    </message>
    <message>
        <source>Do not register; return to the form to check it</source>
        <translation>Тіркемеу; тексеру үшін пішінге оралу</translation>
    </message>
</context>
<context>
    <name>EncryptionFlow</name>
    <message>
        <source>&amp;Encrypt the registry…</source>
        <translation>Тізілімді &amp;шифрлау…</translation>
    </message>
    <message>
        <source>Encrypt the registry</source>
        <translation>Тізілімді шифрлау</translation>
    </message>
    <message>
        <source>The registry closes, its database and electronic copies are encrypted, and it opens again: everyone signs in again. With many copies it takes a while.

Close clerk-app in every other window and on every other computer that uses this data folder first.

Encrypt the registry now?</source>
        <translation>Тізілім жабылады, оның дерекқоры мен электрондық көшірмелері шифрланады, содан кейін ол қайта ашылады: барлығы қайта кіреді. Көшірмелер көп болса, біраз уақыт алады.

Алдымен осы деректер қалтасын пайдаланатын барлық басқа терезелерде және басқа компьютерлерде clerk-app бағдарламасын жабыңыз.

Тізілімді қазір шифрлау керек пе?</translation>
    </message>
    <message>
        <source>Encrypting the database and the electronic copies: {0} of {1}.</source>
        <translation>Дерекқор мен электрондық көшірмелер шифрлануда: {1} ішінен {0}.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Дерекқор шифрлануда…</translation>
    </message>
    <message>
        <source>Encrypting the registry…</source>
        <translation>Тізілім шифрлануда…</translation>
    </message>
    <message>
        <source>The encryption stopped, and the state of the registry cannot be read now.</source>
        <translation>Шифрлау тоқтады, ал тізілімнің қазіргі күйін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The registry is encrypted, but the encryption did not finish cleanly. An administrator shows the recovery code in Settings › Data and writes it down.</source>
        <translation>Тізілім шифрланды, бірақ шифрлау таза аяқталмады. Әкімші қалпына келтіру кодын Баптаулар › Деректер бөлімінде ашып, оны жазып алады.</translation>
    </message>
    <message>
        <source>The registry is open in another window or on another computer. Close it there and try again. Nothing was changed.</source>
        <translation>Тізілім басқа терезеде немесе басқа компьютерде ашық. Оны сол жерде жауып, қайталап көріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The registry was not encrypted; it is as it was.</source>
        <translation>Тізілім шифрланбады; ол бұрынғы күйінде қалды.</translation>
    </message>
</context>
<context>
    <name>EncryptionSection</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows тіркелгі деректерінің диспетчері</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS кілттер байламы (Keychain)</translation>
    </message>
    <message>
        <source>the Secret Service keyring (GNOME Keyring, KeePassXC)</source>
        <translation>Secret Service кілттер қоймасы (GNOME Keyring, KeePassXC)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>жүйенің кілттер қоймасы</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>кілттер қоймасы жоқ</translation>
    </message>
    <message>
        <source>Encryption at rest:</source>
        <translation>Сақталған деректерді шифрлау:</translation>
    </message>
    <message>
        <source>&amp;Encrypt the registry…</source>
        <translation>Тізілімді &amp;шифрлау…</translation>
    </message>
    <message>
        <source>Show the &amp;recovery code…</source>
        <translation>&amp;Қалпына келтіру кодын көрсету…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <source>The database is on a server.</source>
        <translation>Дерекқор серверде орналасқан.</translation>
    </message>
    <message>
        <source>Protect the server&apos;s disk with the server&apos;s own encryption. Only the electronic copies are kept on this computer.</source>
        <translation>Сервер дискісін сервердің өз шифрлауымен қорғаңыз. Бұл компьютерде тек электрондық көшірмелер сақталады.</translation>
    </message>
    <message>
        <source>Encrypted. The key is kept in {0}.</source>
        <translation>Шифрланған. Кілт мұнда сақталады: {0}.</translation>
    </message>
    <message>
        <source>The database and every electronic copy in the data folder are encrypted. Keep the recovery code on paper in the safe: it opens the registry on another computer if this one&apos;s keyring is lost.</source>
        <translation>Деректер қалтасындағы дерекқор мен әрбір электрондық көшірме шифрланған. Қалпына келтіру кодын қағазға жазып, сейфте сақтаңыз: осы компьютердің кілттер қоймасы жоғалса, ол тізілімді басқа компьютерде ашады.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Шифрланбаған.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in, so the registry cannot be encrypted here. See docs/security.md.</source>
        <translation>Бұл компьютерде кілтті сақтайтын кілттер қоймасы жоқ, сондықтан тізілімді мұнда шифрлау мүмкін емес. docs/security.md қараңыз.</translation>
    </message>
    <message>
        <source>Anyone who can read the data folder (a lost laptop, another account on this computer) can read the cards and the copies. An administrator can encrypt the registry: the key is kept in {0}.</source>
        <translation>Деректер қалтасын оқи алатын кез келген адам (жоғалған ноутбук, осы компьютердегі басқа тіркелгі) карточкалар мен көшірмелерді оқи алады. Әкімші тізілімді шифрлай алады: кілт мұнда сақталады: {0}.</translation>
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
        <source>Nothing to search for.</source>
        <translation>Іздейтін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Type a word, a number or a phrase in quotes. Signs alone are not searched, and a minus only leaves words out.</source>
        <translation>Сөз, сан немесе тырнақшадағы сөз тіркесін жазыңыз. Тек белгілер ізделмейді, ал минус сөзді тек іздеуден шығарады.</translation>
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
        <source>The period cannot be printed.</source>
        <translation>Бұл кезеңді басып шығаруға болмайды.</translation>
    </message>
    <message>
        <source>The first day must come before the last, and the period be at most ten years.</source>
        <translation>Бірінші күн соңғысынан бұрын болуы керек, ал кезең он жылдан аспауы тиіс.</translation>
    </message>
    <message>
        <source>The journal changed while it was being laid out.</source>
        <translation>Журнал беттерге бөлініп жатқанда өзгерді.</translation>
    </message>
    <message>
        <source>Cards of this period were changed at another workstation. Print it again.</source>
        <translation>Осы кезеңнің карточкалары басқа жұмыс орнында өзгертілді. Қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>This document cannot be saved in that format.</source>
        <translation>Бұл құжатты мұндай пішімде сақтауға болмайды.</translation>
    </message>
    <message>
        <source>Choose one of the file types the save dialog offers.</source>
        <translation>Сақтау терезесі ұсынатын файл түрлерінің бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>The layout template of the quarterly information cannot be read.</source>
        <translation>Тоқсандық ақпарат үлгісінің файлы оқылмайды.</translation>
    </message>
    <message>
        <source>Choose a JSON file in UTF-8 of at most 256 KiB, or the built-in layout.</source>
        <translation>UTF-8 кодтауындағы, 256 КиБ-тан аспайтын JSON файлын немесе кірістірілген үлгіні таңдаңыз.</translation>
    </message>
    <message>
        <source>The layout template of the quarterly information has a mistake.</source>
        <translation>Тоқсандық ақпарат үлгісінде қате бар.</translation>
    </message>
    <message>
        <source>The details say where; correct the file (see docs/quarterly.md) or use the built-in layout.</source>
        <translation>Қай жерде екені толығырақ мәліметте көрсетілген; файлды түзетіңіз (docs/quarterly.md қараңыз) немесе кірістірілген үлгіні қолданыңыз.</translation>
    </message>
    <message>
        <source>There is no such quarter.</source>
        <translation>Мұндай тоқсан жоқ.</translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4 of a year the registry can hold.</source>
        <translation>Тізілім сақтай алатын жылдың 1-ден 4-ке дейінгі тоқсанын таңдаңыз.</translation>
    </message>
    <message>
        <source>A receipt is given for an incoming appeal only.</source>
        <translation>Талон тек кіріс өтінішке беріледі.</translation>
    </message>
    <message>
        <source>For an outgoing letter print its registration-control card.</source>
        <translation>Шығыс хат үшін оның тіркеу-бақылау карточкасын басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The file cannot be written there.</source>
        <translation>Файлды ол жерге жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Choose another folder, or close the file if another program has it open.</source>
        <translation>Басқа қалтаны таңдаңыз немесе файл басқа бағдарламада ашық болса, оны жабыңыз.</translation>
    </message>
    <message>
        <source>The registry is encrypted and this computer&apos;s keyring does not hold its key. The administrator puts it back with the recovery code kept on paper: clerk-app encryption recover.</source>
        <translation>Тізілім шифрланған, ал осы компьютердің кілттер қоймасында оның кілті жоқ. Әкімші оны қағазда сақталған қалпына келтіру кодымен қайтарады: clerk-app encryption recover.</translation>
    </message>
    <message>
        <source>A restore from a backup was interrupted and its files are half in place. The administrator finishes it first: clerk-app restore --resume.</source>
        <translation>Сақтық көшірмеден қалпына келтіру үзілді, оның файлдары жартылай ғана орнында. Әкімші алдымен оны аяқтайды: clerk-app restore --resume.</translation>
    </message>
    <message>
        <source>The registry is being encrypted right now. Wait until that is done and open it again.</source>
        <translation>Тізілім дәл қазір шифрланып жатыр. Ол аяқталғанша күтіп, қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The file encryption.json in the data folder is damaged or comes from a newer version of clerk-app. Ask the administrator (see docs/security.md).</source>
        <translation>Деректер қалтасындағы encryption.json файлы бүлінген немесе clerk-app бағдарламасының жаңарақ нұсқасынан қалған. Әкімшіге жүгініңіз (docs/security.md қараңыз).</translation>
    </message>
    <message>
        <source>The registry is encrypted and its key is kept in the system keyring, which does not answer. Sign in to this computer as usual (the keyring opens with the session) or ask the administrator.</source>
        <translation>Тізілім шифрланған, оның кілті жүйенің кілттер қоймасында сақталады, ал ол жауап бермейді. Компьютерге әдеттегідей кіріңіз (кілттер қоймасы сеанспен бірге ашылады) немесе әкімшіге жүгініңіз.</translation>
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
    <message>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, and type them again. After 5 wrong passwords in a row the login is locked for 15 minutes.</source>
        <translation>Пернетақта тілін және Caps Lock пернесін тексеріп, қайта теріңіз. Қатарынан 5 рет қате құпиясөз терілсе, логин 15 минутқа құлыпталады.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this login is locked until {0} (Astana time).</source>
        <translation>Қате құпиясөз тым көп терілді: бұл логин Астана уақытымен {0} дейін құлыпталды.</translation>
    </message>
    <message>
        <source>Wait until then, or ask the administrator to set a new password, which lifts the lock.</source>
        <translation>Сол уақытқа дейін күтіңіз немесе әкімшіден жаңа құпиясөз орнатуды сұраңыз: бұл құлыпты алады.</translation>
    </message>
    <message>
        <source>This account is blocked.</source>
        <translation>Бұл есептік жазба бұғатталған.</translation>
    </message>
    <message>
        <source>Ask the administrator to unblock it.</source>
        <translation>Бұғаттауды алуды әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Сіздің рөліңіз мұны істеуге рұқсат бермейді.</translation>
    </message>
    <message>
        <source>If your work needs it, ask the administrator to give your account the role.</source>
        <translation>Егер бұл жұмысыңызға қажет болса, есептік жазбаңызға тиісті рөл беруді әкімшіден сұраңыз.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Бұл құпиясөзді табу тым оңай.</translation>
    </message>
    <message>
        <source>Use at least {0} characters, not the login, and not one character over and over.</source>
        <translation>Кемінде {0} таңба пайдаланыңыз; логинді және бір таңбаны қайталап жазбаңыз.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Жүйеге ешкім кірмеген.</translation>
    </message>
    <message>
        <source>Sign in again, then repeat what you did.</source>
        <translation>Қайта кіріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The confidentiality undertaking is not accepted yet.</source>
        <translation>Құпиялылық міндеттемесі әлі қабылданбаған.</translation>
    </message>
    <message>
        <source>Sign in again and accept it to work in the registry.</source>
        <translation>Тізілімде жұмыс істеу үшін қайта кіріп, оны қабылдаңыз.</translation>
    </message>
    <message>
        <source>This registry has no accounts yet.</source>
        <translation>Бұл тізілімде әлі есептік жазба жоқ.</translation>
    </message>
    <message>
        <source>Open it in the program to create the administrator&apos;s account.</source>
        <translation>Әкімшінің есептік жазбасын құру үшін оны бағдарламада ашыңыз.</translation>
    </message>
    <message>
        <source>The administrator&apos;s account exists already.</source>
        <translation>Әкімшінің есептік жазбасы бұрыннан бар.</translation>
    </message>
    <message>
        <source>It was created meanwhile, perhaps at another workstation. Sign in with it.</source>
        <translation>Ол осы аралықта, бәлкім, басқа жұмыс орнында құрылды. Сол арқылы кіріңіз.</translation>
    </message>
    <message>
        <source>This is the last administrator.</source>
        <translation>Бұл — соңғы әкімші.</translation>
    </message>
    <message>
        <source>Give another account the administrator role first: otherwise nobody could manage accounts.</source>
        <translation>Алдымен басқа есептік жазбаға әкімші рөлін беріңіз: әйтпесе есептік жазбаларды ешкім басқара алмайды.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Мұндай есептік жазба жоқ.</translation>
    </message>
    <message>
        <source>The list has been read again.</source>
        <translation>Тізім қайта оқылды.</translation>
    </message>
    <message>
        <source>The appeal cannot be forwarded: no legal ground allows transferring the data of {0}.</source>
        <translation>Өтінішті жолдауға болмайды: {0} деректерін беруге заңды негіз жоқ.</translation>
    </message>
    <message>
        <source>Open Card › Personal data grounds… and record their consent with transfer to third parties allowed, or a case of processing without consent (art. 9). Then record the result again.</source>
        <translation>Карточка › Дербес деректерді өңдеу негіздері… ашып, үшінші тұлғаларға беруге рұқсат етілген келісімді немесе келісімсіз өңдеу жағдайын (9-бап) тіркеңіз. Содан кейін нәтижені қайта тіркеңіз.</translation>
    </message>
    <message>
        <source>The data cannot be written out: the consent of {0} was withdrawn or has expired.</source>
        <translation>Деректерді шығаруға болмайды: {0} келісімі кері қайтарып алынды немесе мерзімі өтті.</translation>
    </message>
    <message>
        <source>Their data are only stored until destruction.</source>
        <translation>Олардың деректері жойылғанға дейін тек сақталады.</translation>
    </message>
    <message>
        <source>This consent was withdrawn already.</source>
        <translation>Бұл келісім бұрын кері қайтарып алынған.</translation>
    </message>
    <message>
        <source>This consent is no longer in force and cannot be taken over.</source>
        <translation>Бұл келісім енді күшінде емес, оны алуға болмайды.</translation>
    </message>
    <message>
        <source>It was withdrawn or its term ended meanwhile. Record a new consent of the person.</source>
        <translation>Ол осы уақытта кері қайтарылды немесе мерзімі бітті. Адамның жаңа келісімін тіркеңіз.</translation>
    </message>
    <message>
        <source>This consent was given by another person.</source>
        <translation>Бұл келісімді басқа адам берген.</translation>
    </message>
    <message>
        <source>The IIN on this card differs from the IIN of the consent. Record the person&apos;s own consent.</source>
        <translation>Осы карточкадағы ЖСН келісімдегі ЖСН-нен өзгеше. Адамның өз келісімін тіркеңіз.</translation>
    </message>
    <message>
        <source>This is a case of processing without consent (art. 9), not a consent.</source>
        <translation>Бұл келісім емес, келісімсіз өңдеу жағдайы (9-бап).</translation>
    </message>
    <message>
        <source>It has no signed form and is not withdrawn. Record a consent or another case instead.</source>
        <translation>Оның қол қойылған нысаны болмайды және ол кері қайтарылмайды. Оның орнына келісімді немесе басқа жағдайды тіркеңіз.</translation>
    </message>
    <message>
        <source>This ground is no longer recorded.</source>
        <translation>Бұл негіз енді тіркелмеген.</translation>
    </message>
    <message>
        <source>It may have been removed with the card&apos;s personal data. Close this window and open it again.</source>
        <translation>Ол карточканың дербес деректерімен бірге жойылған болуы мүмкін. Бұл терезені жауып, қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This applicant is not a natural person on the card any more.</source>
        <translation>Бұл өтініш беруші карточкада енді жеке тұлға емес.</translation>
    </message>
    <message>
        <source>The card was changed meanwhile. Close this window and open it again.</source>
        <translation>Карточка осы уақытта өзгертілді. Бұл терезені жауып, қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The consent form must be an electronic copy of the same card.</source>
        <translation>Келісім нысаны сол карточканың электрондық көшірмесі болуы тиіс.</translation>
    </message>
    <message>
        <source>Attach the scanned form to this card.</source>
        <translation>Сканерленген нысанды осы карточкаға тіркеңіз.</translation>
    </message>
    <message>
        <source>The registration number is taken already.</source>
        <translation>Бұл тіркеу нөмірі бос емес.</translation>
    </message>
    <message>
        <source>Nothing was registered. Ask the administrator to check the journal&apos;s number template.</source>
        <translation>Ештеңе тіркелмеді. Әкімшіден журналдың нөмір үлгісін тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>This breach is not in the register.</source>
        <translation>Бұл бұзушылық тізілімде жоқ.</translation>
    </message>
    <message>
        <source>Close this window and look at the register again.</source>
        <translation>Бұл терезені жауып, тізілімді қайта қараңыз.</translation>
    </message>
    <message>
        <source>This breach is closed and no longer changes.</source>
        <translation>Бұл бұзушылық жабылған, енді өзгертілмейді.</translation>
    </message>
    <message>
        <source>It was closed meanwhile, perhaps at another workstation. Close this window and look at the register again.</source>
        <translation>Ол осы уақытта, мүмкін басқа жұмыс орнында, жабылды. Бұл терезені жауып, тізілімді қайта қараңыз.</translation>
    </message>
    <message>
        <source>The notice of this breach is recorded already.</source>
        <translation>Бұл бұзушылық туралы хабарлама тіркеліп қойған.</translation>
    </message>
    <message>
        <source>It was recorded meanwhile, perhaps at another workstation. Close this window and look at the register again.</source>
        <translation>Ол осы уақытта, мүмкін басқа жұмыс орнында, тіркелді. Бұл терезені жауып, тізілімді қайта қараңыз.</translation>
    </message>
    <message>
        <source>The breach could not be given a number.</source>
        <translation>Бұзушылыққа нөмір берілмеді.</translation>
    </message>
    <message>
        <source>Another breach was recorded at the same moment. Save it again.</source>
        <translation>Дәл сол сәтте басқа бұзушылық тіркелді. Қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The personal data on this card are blocked.</source>
        <translation>Бұл карточкадағы дербес деректер бұғатталған.</translation>
    </message>
    <message>
        <source>Nothing can be done with the card until the personal-data officer unblocks them.</source>
        <translation>Дербес деректерге жауапты тұлға бұғаттан шығарғанша карточкамен ештеңе істеуге болмайды.</translation>
    </message>
    <message>
        <source>The personal data of this card were destroyed.</source>
        <translation>Бұл карточканың дербес деректері жойылған.</translation>
    </message>
    <message>
        <source>Only its registration remains; it takes no new data.</source>
        <translation>Тек тіркеу деректері қалды; оған жаңа деректер енгізілмейді.</translation>
    </message>
    <message>
        <source>The registry holds no data of a person with this IIN.</source>
        <translation>Тізілімде осы ЖСН бар тұлғаның деректері жоқ.</translation>
    </message>
    <message>
        <source>Check the IIN.</source>
        <translation>ЖСН-ді тексеріңіз.</translation>
    </message>
    <message>
        <source>The number of records changed meanwhile.</source>
        <translation>Осы уақытта жазбалар саны өзгерді.</translation>
    </message>
    <message>
        <source>Nothing was destroyed. Look at the list again and confirm the new number.</source>
        <translation>Ештеңе жойылған жоқ. Тізімді қайта қарап, жаңа санды растаңыз.</translation>
    </message>
    <message>
        <source>Some of the records are not due for destruction.</source>
        <translation>Кейбір жазбалардың жою мерзімі әлі келмеген.</translation>
    </message>
    <message>
        <source>Nothing was destroyed. The list has been read again.</source>
        <translation>Ештеңе жойылған жоқ. Тізім қайта оқылды.</translation>
    </message>
    <message>
        <source>No record is chosen for destruction.</source>
        <translation>Жоюға бірде-бір жазба таңдалмаған.</translation>
    </message>
    <message>
        <source>Select the records in the list first. Nothing was destroyed.</source>
        <translation>Алдымен тізімнен жазбаларды таңдаңыз. Ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <source>There is no such destruction act.</source>
        <translation>Мұндай жою актісі жоқ.</translation>
    </message>
    <message>
        <source>Check the act&apos;s number. Nothing was changed.</source>
        <translation>Актінің нөмірін тексеріңіз. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>This person&apos;s data are blocked already.</source>
        <translation>Бұл тұлғаның деректері бұғатталып қойған.</translation>
    </message>
    <message>
        <source>The state has been read again.</source>
        <translation>Күйі қайта оқылды.</translation>
    </message>
    <message>
        <source>This person&apos;s data are not blocked.</source>
        <translation>Бұл тұлғаның деректері бұғатталмаған.</translation>
    </message>
    <message>
        <source>The registry is in use.</source>
        <translation>Тізілім пайдаланылып жатыр.</translation>
    </message>
    <message>
        <source>It is open in another window, a command or on another computer, or a backup is being made. Close it there, wait for the backup to finish, and try again. Nothing was changed.</source>
        <translation>Ол басқа терезеде, командада немесе басқа компьютерде ашық, не болмаса сақтық көшірме жасалып жатыр. Оны сол жерде жабыңыз, сақтық көшірменің аяқталуын күтіп, қайталап көріңіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>An electronic copy in the data folder is damaged.</source>
        <translation>Деректер қалтасындағы электрондық көшірме бүлінген.</translation>
    </message>
    <message>
        <source>Nothing was changed. The administrator runs clerk-app verify and puts the damaged copies back from a backup first.</source>
        <translation>Ештеңе өзгертілмеді. Әкімші алдымен clerk-app verify іске қосып, бүлінген көшірмелерді сақтық көшірмеден қалпына келтіреді.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup.</source>
        <translation>Бұл құпия фраза осы сақтық көшірмені ашпайды.</translation>
    </message>
    <message>
        <source>Type the passphrase the backup was made with. Nothing was changed.</source>
        <translation>Сақтық көшірме жасалған құпия фразаны енгізіңіз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete.</source>
        <translation>Сақтық көшірме файлы бүлінген немесе толық емес.</translation>
    </message>
    <message>
        <source>Use another copy of the backup. Nothing was changed.</source>
        <translation>Сақтық көшірменің басқа данасын пайдаланыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This is not a backup this version of clerk-app can read.</source>
        <translation>clerk-app бағдарламасының бұл нұсқасы мұндай сақтық көшірмені оқи алмайды.</translation>
    </message>
    <message>
        <source>Update clerk-app, or choose a backup made by this version.</source>
        <translation>clerk-app бағдарламасын жаңартыңыз немесе осы нұсқа жасаған сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of clerk-app.</source>
        <translation>Сақтық көшірмені clerk-app бағдарламасының жаңарақ нұсқасы жасаған.</translation>
    </message>
    <message>
        <source>Update clerk-app on this computer first. Nothing was changed.</source>
        <translation>Алдымен осы компьютердегі clerk-app бағдарламасын жаңартыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The audit trail in the backup was altered.</source>
        <translation>Сақтық көшірмедегі аудит журналы өзгертілген.</translation>
    </message>
    <message>
        <source>Do not use this backup: tell the administrator. Nothing was changed.</source>
        <translation>Бұл сақтық көшірмені пайдаланбаңыз: әкімшіге хабарлаңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The registry holds newer data than the backup.</source>
        <translation>Тізілімде сақтық көшірмеден жаңарақ деректер бар.</translation>
    </message>
    <message>
        <source>The backup was not restored. Confirm the restore to replace the registry (it is kept aside).</source>
        <translation>Сақтық көшірме қалпына келтірілмеді. Тізілімді ауыстыру үшін қалпына келтіруді растаңыз (ол бөлек сақталады).</translation>
    </message>
    <message>
        <source>An earlier restore was interrupted.</source>
        <translation>Бұрынғы қалпына келтіру үзілген.</translation>
    </message>
    <message>
        <source>The administrator finishes it first: clerk-app restore --resume.</source>
        <translation>Әкімші алдымен оны аяқтайды: clerk-app restore --resume.</translation>
    </message>
    <message>
        <source>The note of an interrupted restore cannot be read.</source>
        <translation>Үзілген қалпына келтірудің жазбасын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Ask the administrator (see docs/backups.md, an interrupted restore).</source>
        <translation>Әкімшіге жүгініңіз (docs/backups.md, үзілген қалпына келтіру бөлімін қараңыз).</translation>
    </message>
    <message>
        <source>No restore is waiting to be finished.</source>
        <translation>Аяқталуын күтіп тұрған қалпына келтіру жоқ.</translation>
    </message>
    <message>
        <source>Nothing needs to be done.</source>
        <translation>Ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <source>There is no backup passphrase.</source>
        <translation>Сақтық көшірменің құпия фразасы жоқ.</translation>
    </message>
    <message>
        <source>Type the backup passphrase.</source>
        <translation>Сақтық көшірменің құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>Құпия фраза тым қысқа.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>Құпия фраза кемінде {0} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The passphrase cannot be kept on this computer.</source>
        <translation>Құпия фразаны бұл компьютерде сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>The system keyring does not answer. Type the passphrase each time instead.</source>
        <translation>Жүйелік кілттер қоймасы жауап бермейді. Оның орнына құпия фразаны әр жолы енгізіңіз.</translation>
    </message>
    <message>
        <source>A folder was chosen instead of a file.</source>
        <translation>Файлдың орнына қалта таңдалды.</translation>
    </message>
    <message>
        <source>Choose a file name for the backup.</source>
        <translation>Сақтық көшірме үшін файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup file cannot be read.</source>
        <translation>Сақтық көшірме файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Check that the disk is connected and that you may read the file.</source>
        <translation>Диск қосулы екенін және файлды оқуға рұқсатыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The central store does not answer.</source>
        <translation>Орталық дерекқор жауап бермейді.</translation>
    </message>
    <message>
        <source>Check the network connection and the address. Work here goes on meanwhile.</source>
        <translation>Желі байланысын және мекенжайды тексеріңіз. Осы уақытта мұндағы жұмыс жалғаса береді.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the CA certificate file or the server&apos;s name. Ask the central store&apos;s administrator.</source>
        <translation>Сервер сертификаты CA сертификатының файлына немесе сервер атауына сәйкес келмейді. Орталық дерекқордың әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The central store&apos;s server does not offer encryption.</source>
        <translation>Орталық дерекқордың сервері шифрлауды ұсынбайды.</translation>
    </message>
    <message>
        <source>Ask its administrator to turn on TLS, or, only on a trusted local network, choose the mode without encryption.</source>
        <translation>Оның әкімшісінен TLS-ті қосуды сұраңыз немесе тек сенімді жергілікті желіде шифрланбаған режимді таңдаңыз.</translation>
    </message>
    <message>
        <source>This workstation&apos;s name already holds another store&apos;s history on the central store.</source>
        <translation>Орталық қоймада бұл жұмыс орнының атауында басқа қойманың тарихы бар.</translation>
    </message>
    <message>
        <source>A desk set up again needs a new workstation: ask the administrator to add one (clerk-app central add-station NAME); every card, this desk&apos;s earlier ones included, then comes back.</source>
        <translation>Қайта орнатылған жұмыс орнына жаңа жұмыс орны керек: әкімшіден оны қосуды сұраңыз (clerk-app central add-station NAME); содан кейін барлық карточкалар, осы жұмыс орнының бұрынғылары да, қайта келеді.</translation>
    </message>
    <message>
        <source>It is taken in by itself once it no longer collides with a record here or on the central store. Tell the central store&apos;s administrator.</source>
        <translation>Ол осындағы немесе орталық дерекқордағы жазбамен қайшы келмей қалғанда өздігінен қабылданады. Орталық дерекқордың әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The central store did not accept this workstation&apos;s name or password.</source>
        <translation>Орталық дерекқор бұл жұмыс орнының атауын немесе құпиясөзін қабылдамады.</translation>
    </message>
    <message>
        <source>Ask the central store&apos;s administrator for them and connect again in Settings.</source>
        <translation>Оларды орталық дерекқордың әкімшісінен сұрап, Баптауларда қайта қосылыңыз.</translation>
    </message>
    <message>
        <source>The encrypted connection to the central store could not be made safely.</source>
        <translation>Орталық дерекқормен шифрланған байланысты қауіпсіз орнату мүмкін болмады.</translation>
    </message>
    <message>
        <source>That database is not a central store of clerk-app.</source>
        <translation>Бұл дерекқор clerk-app орталық дерекқоры емес.</translation>
    </message>
    <message>
        <source>Check the address. The central store&apos;s administrator creates one with clerk-app central init.</source>
        <translation>Мекенжайды тексеріңіз. Орталық дерекқорды әкімші clerk-app central init командасымен жасайды.</translation>
    </message>
    <message>
        <source>The central store has no workstation of this name.</source>
        <translation>Орталық дерекқорда мұндай атаулы жұмыс орны жоқ.</translation>
    </message>
    <message>
        <source>Check the name, or ask the administrator to add it: clerk-app central add-station NAME.</source>
        <translation>Атауды тексеріңіз немесе әкімшіден оны қосуды сұраңыз: clerk-app central add-station NAME.</translation>
    </message>
    <message>
        <source>Another workstation on the central store already has this code.</source>
        <translation>Орталық дерекқорда бұл код басқа жұмыс орнына берілген.</translation>
    </message>
    <message>
        <source>Numbers would collide. Ask the central store&apos;s administrator which workstation this is.</source>
        <translation>Нөмірлер қайталанып қалар еді. Бұл қай жұмыс орны екенін орталық дерекқордың әкімшісінен сұраңыз.</translation>
    </message>
    <message>
        <source>This workstation is not connected to a central store.</source>
        <translation>Бұл жұмыс орны орталық дерекқорға қосылмаған.</translation>
    </message>
    <message>
        <source>An administrator connects it in Settings › Synchronisation.</source>
        <translation>Әкімші оны Баптаулар › Синхрондау бөлімінде қосады.</translation>
    </message>
    <message>
        <source>The synchronisation was interrupted.</source>
        <translation>Синхрондау үзілді.</translation>
    </message>
    <message>
        <source>Nothing is lost: the next synchronisation goes on from where this one stopped.</source>
        <translation>Ештеңе жоғалмайды: келесі синхрондау осы тоқтаған жерден жалғасады.</translation>
    </message>
    <message>
        <source>Another synchronisation is running.</source>
        <translation>Басқа синхрондау жүріп жатыр.</translation>
    </message>
    <message>
        <source>Wait until it ends; it sends and receives the same changes.</source>
        <translation>Оның аяқталуын күтіңіз; ол дәл сол өзгерістерді жібереді және алады.</translation>
    </message>
    <message>
        <source>This conflict has been resolved already.</source>
        <translation>Бұл қайшылық шешіліп қойған.</translation>
    </message>
    <message>
        <source>Perhaps at another workstation. The list has been read again.</source>
        <translation>Мүмкін, басқа жұмыс орнында. Тізім қайта оқылды.</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database.</source>
        <translation>Бұл PostgreSQL дерекқорының мекенжайы емес.</translation>
    </message>
    <message>
        <source>Type it as postgresql://server:port/database.</source>
        <translation>Оны postgresql://сервер:порт/дерекқор түрінде теріңіз.</translation>
    </message>
    <message>
        <source>The central store and this workstation run different versions of clerk-app.</source>
        <translation>Орталық дерекқор мен бұл жұмыс орнында clerk-app-тің әртүрлі нұсқалары жұмыс істейді.</translation>
    </message>
    <message>
        <source>Update clerk-app here or on the central store (clerk-app central init upgrades it), so both are alike.</source>
        <translation>Екеуі бірдей болуы үшін clerk-app-ті осында немесе орталық дерекқорда жаңартыңыз (clerk-app central init оны жаңартады).</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring cannot keep the workstation&apos;s password.</source>
        <translation>Бұл компьютердің кілттер қоймасы жұмыс орнының құпиясөзін сақтай алмайды.</translation>
    </message>
    <message>
        <source>Sign in to this computer as usual (the keyring opens with the session) or ask the administrator.</source>
        <translation>Компьютерге әдеттегідей кіріңіз (кілттер қоймасы сеанспен бірге ашылады) немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>The central store answered with an error.</source>
        <translation>Орталық дерекқор қатемен жауап берді.</translation>
    </message>
    <message>
        <source>Try again later. If it happens again, tell the central store&apos;s administrator.</source>
        <translation>Кейінірек қайталап көріңіз. Қайта болса, орталық дерекқордың әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>This conflict is no longer recorded.</source>
        <translation>Бұл қайшылық енді тіркелмеген.</translation>
    </message>
    <message>
        <source>This sync problem is no longer recorded.</source>
        <translation>Бұл синхрондау мәселесі енді тіркелмеген.</translation>
    </message>
    <message>
        <source>This record came from the central store and is tried again at every synchronisation.</source>
        <translation>Бұл жазба орталық дерекқордан келді және әр синхрондауда қайта қабылданады.</translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation>Бұған рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Either the workstation&apos;s role on the central store lacks the right (ask the central store&apos;s administrator), or your own role does not allow it.</source>
        <translation>Не жұмыс орнының орталық дерекқордағы рөлінде бұл құқық жоқ (орталық дерекқордың әкімшісіне хабарласыңыз), не сіздің рөліңіз бұған рұқсат бермейді.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Record processing without consent</source>
        <translation>Келісімсіз өңдеуді тіркеу</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>&amp;Case of the Law on personal data, art. 9:</source>
        <translation>«Дербес деректер туралы» Заңның 9-бабындағы &amp;жағдай:</translation>
    </message>
    <message>
        <source>&amp;Note (the law and article; required for another law):</source>
        <translation>&amp;Ескертпе (заң және бап; өзге заң үшін міндетті):</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the due date</source>
        <translation>Орындау мерзімін ұзарту</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <source>Present due date: {0} ({1}).</source>
        <translation>Қазіргі орындау мерзімі: {0} ({1}).</translation>
    </message>
    <message>
        <source>The card has no due date yet.</source>
        <translation>Карточкада әлі орындау мерзімі жоқ.</translation>
    </message>
    <message>
        <source>&amp;New due date:</source>
        <translation>&amp;Жаңа орындау мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Reason for the extension:</source>
        <translation>Ұзарту &amp;себебі:</translation>
    </message>
    <message>
        <source>The applicant must be told of the extension within three working days. The program reminds you until a reply to the appeal is registered.</source>
        <translation>Мерзімнің ұзартылғаны туралы өтініш берушіге үш жұмыс күні ішінде хабарлау керек. Өтінішке жауап тіркелгенше бағдарлама бұл туралы еске салып отырады.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Осы өрісті толтырыңыз.</translation>
    </message>
    <message>
        <source>Choose the result of consideration.</source>
        <translation>Қарау нәтижесін таңдаңыз.</translation>
    </message>
    <message>
        <source>This text is too long. Please shorten it.</source>
        <translation>Мәтін тым ұзын. Қысқартыңыз.</translation>
    </message>
    <message>
        <source>This text contains characters that cannot be stored (such as tabs). Please retype it.</source>
        <translation>Мәтінде сақтауға болмайтын таңбалар бар (мысалы, табуляция). Қайта теріңіз.</translation>
    </message>
    <message>
        <source>This value is outside the allowed range.</source>
        <translation>Мән рұқсат етілген шектен тыс.</translation>
    </message>
    <message>
        <source>At most 20 executors can be assigned.</source>
        <translation>20-дан артық орындаушы тағайындауға болмайды.</translation>
    </message>
    <message>
        <source>This card is not under execution control.</source>
        <translation>Бұл карточка орындалуын бақылауда емес.</translation>
    </message>
    <message>
        <source>This cannot be done in the card&apos;s present state; it may have been changed at another workstation. Close this window and look at the card again.</source>
        <translation>Карточканың қазіргі жағдайында мұны орындау мүмкін емес; оны басқа жұмыс орнында өзгерткен болуы мүмкін. Терезені жауып, карточканы қайта қараңыз.</translation>
    </message>
    <message>
        <source>An amount is recovered only when the claim is satisfied, fully or partially.</source>
        <translation>Сома талап толық немесе ішінара қанағаттандырылғанда ғана өндіріледі.</translation>
    </message>
    <message>
        <source>Record the result of consideration first, then remove the card from control.</source>
        <translation>Алдымен қарау нәтижесін жазыңыз, содан кейін карточканы бақылаудан алыңыз.</translation>
    </message>
    <message>
        <source>Choose the reason for the refusal.</source>
        <translation>Бас тарту себебін таңдаңыз.</translation>
    </message>
    <message>
        <source>Explain the reason for the refusal in a few words.</source>
        <translation>Бас тарту себебін бірнеше сөзбен түсіндіріңіз.</translation>
    </message>
    <message>
        <source>A refusal needs its reason.</source>
        <translation>Бас тартудың себебі көрсетілуі керек.</translation>
    </message>
    <message>
        <source>A reason from the list is chosen only when consideration is refused.</source>
        <translation>Тізімнен себеп тек қараудан бас тартылғанда таңдалады.</translation>
    </message>
    <message>
        <source>Tick at least one executor.</source>
        <translation>Кемінде бір орындаушыны белгілеңіз.</translation>
    </message>
    <message>
        <source>A ticked staff member is no longer on the staff list. Close this window and try again.</source>
        <translation>Белгіленген қызметкер енді тізімде жоқ. Терезені жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The new due date must be later than the present one.</source>
        <translation>Жаңа мерзім қазіргі мерзімнен кейін болуы керек.</translation>
    </message>
    <message>
        <source>Too late: an appeal to a state body is considered for at most two months from its registration. Choose an earlier date.</source>
        <translation>Тым кеш: мемлекеттік органға өтініш тіркелген күнінен бастап екі айдан аспай қаралады. Ертерек күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>The due date cannot be in the past.</source>
        <translation>Орындау мерзімі өткен күн бола алмайды.</translation>
    </message>
    <message>
        <source>No outgoing reply to this appeal is registered yet. Register the reply first, or enter its number here.</source>
        <translation>Бұл өтінішке шығыс жауап әлі тіркелмеген. Алдымен жауапты тіркеңіз немесе оның нөмірін осында енгізіңіз.</translation>
    </message>
    <message>
        <source>This is not an outgoing letter. Enter the number of the outgoing reply.</source>
        <translation>Бұл шығыс хат емес. Шығыс жауаптың нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>There is no card with this number.</source>
        <translation>Мұндай нөмірлі карточка жоқ.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>Аралықтың соңы басынан бұрын тұр.</translation>
    </message>
    <message>
        <source>The end date is before the start date. Swap the dates.</source>
        <translation>Соңғы күн бастапқы күннен бұрын. Күндердің орнын ауыстырыңыз.</translation>
    </message>
    <message>
        <source>The largest amount is below the smallest. Swap the amounts.</source>
        <translation>Ең көп сома ең аз сомадан кем. Сомалардың орнын ауыстырыңыз.</translation>
    </message>
    <message>
        <source>An IIN or a BIN has exactly 12 digits.</source>
        <translation>ЖСН немесе БСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>A BIN or an IIN has exactly 12 digits.</source>
        <translation>БСН немесе ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Type an amount in tenge, such as 150000 or 150 000,50.</source>
        <translation>Соманы теңгемен жазыңыз, мысалы 150000 немесе 150 000,50.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сома теріс бола алмайды.</translation>
    </message>
    <message>
        <source>At most two digits after the decimal comma.</source>
        <translation>Үтірден кейін екі цифрдан артық болмауы керек.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Бұл сома тым үлкен.</translation>
    </message>
    <message>
        <source>A BIN has exactly 12 digits.</source>
        <translation>БСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The last digit does not match the others: a digit is mistyped. Compare with the document.</source>
        <translation>Соңғы цифр қалғандарына сәйкес келмейді: бір цифр қате терілген. Құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The date hidden in this number is impossible: a digit is mistyped. Compare with the document.</source>
        <translation>Нөмірдегі күн мүмкін емес: бір цифр қате терілген. Құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>No such number can exist: a digit is mistyped. Compare with the document.</source>
        <translation>Мұндай нөмір болуы мүмкін емес: бір цифр қате терілген. Құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Type the date as day.month.year, such as 25.03.2025.</source>
        <translation>Күнді күн.ай.жыл түрінде жазыңыз, мысалы 25.03.2025.</translation>
    </message>
    <message>
        <source>The date cannot be later than today.</source>
        <translation>Күн бүгінгі күннен кейін болмауы керек.</translation>
    </message>
    <message>
        <source>This date is too long ago. Check the year.</source>
        <translation>Бұл күн тым ерте. Жылын тексеріңіз.</translation>
    </message>
    <message>
        <source>Type a whole number, such as 3.</source>
        <translation>Бүтін сан жазыңыз, мысалы 3.</translation>
    </message>
    <message>
        <source>From 1 to 10 000 sheets.</source>
        <translation>1-ден 10 000 параққа дейін.</translation>
    </message>
    <message>
        <source>Type a phone number, such as +7 701 123 45 67.</source>
        <translation>Телефон нөмірін жазыңыз, мысалы +7 701 123 45 67.</translation>
    </message>
    <message>
        <source>Type an e-mail address, such as name@mail.kz.</source>
        <translation>Электрондық пошта мекенжайын жазыңыз, мысалы name@mail.kz.</translation>
    </message>
    <message>
        <source>Type a website, a domain or an IP address, such as shop.kz.</source>
        <translation>Сайтты, доменді немесе IP-мекенжайды жазыңыз, мысалы shop.kz.</translation>
    </message>
    <message>
        <source>Enter the applicant (for a letter, the addressee).</source>
        <translation>Өтініш берушіні енгізіңіз (хат үшін — адресатты).</translation>
    </message>
    <message>
        <source>Choose the type of appeal.</source>
        <translation>Өтініштің түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the kind of appeal.</source>
        <translation>Өтініштің санатын таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the content in brief.</source>
        <translation>Қысқаша мазмұнын жазыңыз.</translation>
    </message>
    <message>
        <source>Type the surname.</source>
        <translation>Тегін жазыңыз.</translation>
    </message>
    <message>
        <source>Type the given name.</source>
        <translation>Атын жазыңыз.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>Ұйымның атауын жазыңыз.</translation>
    </message>
    <message>
        <source>Type the respondent&apos;s name, or clear the respondent.</source>
        <translation>Жауапкер тараптың атауын жазыңыз немесе жауапкер тарапты тазартыңыз.</translation>
    </message>
    <message>
        <source>This journal no longer exists. Close the form and refresh the journals (F5).</source>
        <translation>Бұл журнал енді жоқ. Пішінді жауып, журналдарды жаңартыңыз (F5).</translation>
    </message>
    <message>
        <source>This journal is for the other direction. Choose another journal.</source>
        <translation>Бұл журнал басқа бағытқа арналған. Басқа журналды таңдаңыз.</translation>
    </message>
    <message>
        <source>This is not an incoming appeal. Enter the number of the appeal this letter answers.</source>
        <translation>Бұл кіріс өтініш емес. Осы хат жауап беретін өтініштің нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>This is not an incoming appeal. Enter the number of the earlier appeal.</source>
        <translation>Бұл кіріс өтініш емес. Алғашқы өтініштің нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Please check this value.</source>
        <translation>Осы мәнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Another body on the list has this BIN. Check the number.</source>
        <translation>Тізімдегі басқа субъектіде осы БСН бар. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>A workstation code is 1 to 8 capital letters or digits, such as A or 02.</source>
        <translation>Жұмыс орнының коды — 1-ден 8-ге дейін бас әріп немесе цифр, мысалы A немесе 02.</translation>
    </message>
    <message>
        <source>Unknown name in braces. Use {index}, {station}, {serial}, {serial:4}, {year} or {yy}.</source>
        <translation>Жақшадағы атау белгісіз. {index}, {station}, {serial}, {serial:4}, {year} немесе {yy} қолданыңыз.</translation>
    </message>
    <message>
        <source>The template is longer than 60 characters, or a brace has no pair.</source>
        <translation>Үлгі 60 таңбадан ұзын немесе жақшаның жұбы жоқ.</translation>
    </message>
    <message>
        <source>The template needs {station}, {serial} and {year} or {yy}: otherwise numbers could repeat.</source>
        <translation>Үлгіде {station}, {serial} және {year} немесе {yy} болуы керек: әйтпесе нөмірлер қайталануы мүмкін.</translation>
    </message>
    <message>
        <source>An index is up to 20 characters, without braces.</source>
        <translation>Индекс — жақшасыз, 20 таңбаға дейін.</translation>
    </message>
    <message>
        <source>This journal would give the same numbers as another journal. Give it another index.</source>
        <translation>Бұл журнал басқа журналдың нөмірлерін берер еді. Оған басқа индекс беріңіз.</translation>
    </message>
    <message>
        <source>The day is like that anyway (Monday to Friday are working days; weekends and holidays are days off). Check the date.</source>
        <translation>Бұл күн онсыз да солай (дүйсенбіден жұмаға дейін — жұмыс күндері; демалыс және мереке күндері — демалыс). Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Tick at least one language.</source>
        <translation>Кемінде бір тілді белгілеңіз.</translation>
    </message>
    <message>
        <source>A login is letters and digits; a dot, a dash, _ or @ may stand inside. Up to 64 characters.</source>
        <translation>Логин әріптер мен цифрлардан тұрады; ішінде нүкте, сызықша, _ немесе @ болуы мүмкін. 64 таңбаға дейін.</translation>
    </message>
    <message>
        <source>An account with this login exists. Choose another login.</source>
        <translation>Мұндай логині бар есептік жазба бар. Басқа логин таңдаңыз.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Кемінде бір рөлді белгілеңіз.</translation>
    </message>
    <message>
        <source>This staff member is no longer on the staff list. Choose another.</source>
        <translation>Бұл қызметкер енді қызметкерлер тізімінде жоқ. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Type the login.</source>
        <translation>Логинді теріңіз.</translation>
    </message>
    <message>
        <source>Type the full name.</source>
        <translation>Аты-жөнін теріңіз.</translation>
    </message>
    <message>
        <source>Give the last day of the consent, or its period in words.</source>
        <translation>Келісімнің соңғы күнін немесе кезеңін сөзбен көрсетіңіз.</translation>
    </message>
    <message>
        <source>The term ends before the consent was given.</source>
        <translation>Мерзім келісім берілгенге дейін аяқталады.</translation>
    </message>
    <message>
        <source>The consent cannot be given after today.</source>
        <translation>Келісім бүгіннен кейін берілуі мүмкін емес.</translation>
    </message>
    <message>
        <source>The date cannot be after today.</source>
        <translation>Күн бүгіннен кейін болмауы керек.</translation>
    </message>
    <message>
        <source>The date is before the consent was given.</source>
        <translation>Бұл күн келісім берілген күннен бұрын.</translation>
    </message>
    <message>
        <source>A written consent is given by an applicant who is a person: add one, or untick the consent.</source>
        <translation>Жазбаша келісімді жеке тұлға болып табылатын өтініш беруші береді: оны қосыңыз немесе келісім белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <source>The consent names this body: enter its name and BIN in Settings › The body first.</source>
        <translation>Келісімде осы субъект аталады: алдымен оның атауы мен БСН-ін Баптаулар › Реттеу субъектісі бетіне енгізіңіз.</translation>
    </message>
    <message>
        <source>A BIN or IIN has exactly 12 digits.</source>
        <translation>БСН немесе ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>This BIN or IIN has a typing error. Check it.</source>
        <translation>БСН немесе ЖСН қате терілген. Тексеріңіз.</translation>
    </message>
    <message>
        <source>State the basis: the decision&apos;s number and date, or the finding.</source>
        <translation>Негіздемені көрсетіңіз: шешімнің нөмірі мен күні немесе анықталған жағдай.</translation>
    </message>
    <message>
        <source>Name the commission or the responsible person.</source>
        <translation>Комиссияны немесе жауапты тұлғаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>State the reason.</source>
        <translation>Себебін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorPage</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Әкімшінің есептік жазбасын құру</translation>
    </message>
    <message>
        <source>This registry has no accounts yet. Its first account is the administrator&apos;s: they manage the settings and the accounts of the clerks, executors and supervisors. Appeals are registered and read under those accounts, not under the administrator&apos;s.</source>
        <translation>Бұл тізілімде әлі есептік жазба жоқ. Алғашқы есептік жазба — әкімшінікі: ол баптауларды және тіркеуші мамандардың, жауапты орындаушылар мен басшылардың есептік жазбаларын басқарады. Өтініштер әкімшінің емес, солардың есептік жазбаларымен тіркеледі және қаралады.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Letters and digits; a dot, a dash or @ may stand inside, such as a.seitkali. Case does not matter.</source>
        <translation>Әріптер мен цифрлар; ішінде нүкте, сызықша немесе @ болуы мүмкін, мысалы a.seitkali. Бас не кіші әріп маңызды емес.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>Surname, given name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Құпиясөзді &amp;растау:</translation>
    </message>
    <message>
        <source>I also register appeals and supervise their execution myself</source>
        <translation>Өтініштерді өзім де тіркеймін және олардың орындалуын бақылаймын</translation>
    </message>
    <message>
        <source>Adds the clerk and supervisor roles to this account. Leave it off when others register appeals: the administrator&apos;s role alone shows no appeal content.</source>
        <translation>Бұл есептік жазбаға тіркеуші маман мен басшы рөлдерін қосады. Өтініштерді басқалар тіркейтін болса, белгілемеңіз: әкімші рөлі өтініштердің мазмұнын көрсетпейді.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Құру және кіру</translation>
    </message>
    <message>
        <source>Open a demo registry instead</source>
        <translation>Оның орнына демо-тізілімді ашу</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Step {0} of {1}</source>
        <translation>{0}-қадам, барлығы {1}</translation>
    </message>
    <message>
        <source>Choose the language</source>
        <translation>Тілді таңдаңыз</translation>
    </message>
    <message>
        <source>The language of the program&apos;s windows on this computer. It can be changed at any time in the Language menu.</source>
        <translation>Осы компьютердегі бағдарлама терезелерінің тілі. Оны кез келген уақытта «Тіл» мәзірінен өзгертуге болады.</translation>
    </message>
    <message>
        <source>The settlement body</source>
        <translation>Реттеу субъектісі</translation>
    </message>
    <message>
        <source>The pre-trial settlement body of consumer disputes that keeps this registry. Its name is shown in the title of the window. The rest can be added later in Settings › The body.</source>
        <translation>Осы тізілімді жүргізетін тұтынушылық дауларды сотқа дейінгі реттеу субъектісі. Оның атауы терезенің тақырыбында көрсетіледі. Қалғанын кейінірек Баптаулар › Реттеу субъектісі бетінде қосуға болады.</translation>
    </message>
    <message>
        <source>This workstation&apos;s code</source>
        <translation>Осы жұмыс орнының коды</translation>
    </message>
    <message>
        <source>Every registration number contains the code of the workstation that gave it. With its own code at each workstation, numbers given at different workstations never collide, even when they register offline.</source>
        <translation>Әр тіркеу нөмірінде оны берген жұмыс орнының коды болады. Әр жұмыс орнының өз коды болса, әр түрлі жұмыс орындарында берілген нөмірлер желісіз тіркегенде де ешқашан қайталанбайды.</translation>
    </message>
    <message>
        <source>Where the registry is kept</source>
        <translation>Тізілім қайда сақталады</translation>
    </message>
    <message>
        <source>A registry can be kept on this computer only, or shared by several workstations of the body through a central store. Nothing is connected now: only your choice is noted.</source>
        <translation>Тізілімді тек осы компьютерде сақтауға немесе орталық дерекқор арқылы субъектінің бірнеше жұмыс орнына ортақ етуге болады. Қазір ештеңе қосылмайды: тек таңдауыңыз белгіленеді.</translation>
    </message>
    <message>
        <source>Setting up the registry</source>
        <translation>Тізілімді баптау</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Kind of body:</source>
        <translation>Субъектінің &amp;түрі:</translation>
    </message>
    <message>
        <source>B&amp;IN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>&amp;Workstation code:</source>
        <translation>&amp;Жұмыс орнының коды:</translation>
    </message>
    <message>
        <source>1 to 8 capital letters or digits, such as A or 02.</source>
        <translation>1-ден 8-ге дейін бас әріп немесе цифр, мысалы A немесе 02.</translation>
    </message>
    <message>
        <source>When this workstation is connected to a central store, the central store gives it its code.</source>
        <translation>Бұл жұмыс орны орталық дерекқорға қосылғанда, оның кодын орталық дерекқор береді.</translation>
    </message>
    <message>
        <source>Only this computer</source>
        <translation>Тек осы компьютер</translation>
    </message>
    <message>
        <source>The registry is kept here. It can be connected to a central store later in Settings › Synchronisation.</source>
        <translation>Тізілім осында сақталады. Оны кейінірек Баптаулар › Синхрондау бөлімінде орталық дерекқорға қосуға болады.</translation>
    </message>
    <message>
        <source>Connect to a central store</source>
        <translation>Орталық дерекқорға қосылу</translation>
    </message>
    <message>
        <source>Several workstations of the body share one central store, and each keeps working when the network is down. You connect in Settings › Synchronisation with the address, name and password that the central store&apos;s administrator gives you.</source>
        <translation>Субъектінің бірнеше жұмыс орны бір орталық дерекқорды ортақ пайдаланады, ал желі болмағанда әрқайсысы жұмысын жалғастырады. Қосылу Баптаулар › Синхрондау бөлімінде орталық дерекқордың әкімшісі берген мекенжай, атау және құпиясөз арқылы жасалады.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>А&amp;ртқа</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Ке&amp;лесі</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>А&amp;яқтау</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
</context>
<context>
    <name>FoundCardsView</name>
    <message>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <source>No cards match these criteria. Try fewer criteria.</source>
        <translation>Бұл шарттарға сай карточка жоқ. Шарттарды азайтып көріңіз.</translation>
    </message>
</context>
<context>
    <name>GroundsDialog</name>
    <message>
        <source>Personal data grounds — card No. {0}</source>
        <translation>Дербес деректерді өңдеу негіздері — № {0} карточка</translation>
    </message>
    <message>
        <source>The legal ground for processing the data of each person on the card: their consent, or a case of processing without consent (Law on personal data, art. 7–9). Forwarding the appeal needs a ground that allows transfer to third parties.</source>
        <translation>Карточкадағы әр адамның деректерін өңдеудің заңды негізі: оның келісімі немесе келісімсіз өңдеу жағдайы («Дербес деректер туралы» Заңның 7–9-баптары). Өтінішті жолдау үшін үшінші тұлғаларға беруге рұқсат беретін негіз қажет.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Келісімді тіркеу…</translation>
    </message>
    <message>
        <source>Record &amp;exception…</source>
        <translation>&amp;Ерекшелікті тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Кері &amp;қайтарып алу…</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Қол қойылған &amp;нысанды тіркеу…</translation>
    </message>
    <message>
        <source>Applicant {0}</source>
        <translation>{0}-өтініш беруші</translation>
    </message>
    <message>
        <source>No natural person is on this card: nothing to record.</source>
        <translation>Бұл карточкада жеке тұлға жоқ: тіркейтін ештеңе жоқ.</translation>
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
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Found text</source>
        <translation>Табылған мәтін</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Қайдан табылды</translation>
    </message>
    <message>
        <source>Page {0} of a copy</source>
        <translation>Көшірменің {0}-беті</translation>
    </message>
    <message>
        <source>A copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Found in the recognised text of a page of an electronic copy of the card</source>
        <translation>Карточканың электрондық көшірмесі бетінің танылған мәтінінен табылды</translation>
    </message>
    <message>
        <source>Found in the card itself: its summary, applicants, respondent, numbers or notes</source>
        <translation>Карточканың өзінен табылды: қысқаша мазмұнынан, өтініш берушілерден, жауапкер тараптан, нөмірлерден немесе ескертпелерден</translation>
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
    <name>HotFolderFlow</name>
    <message>
        <source>Scanner &amp;folder…</source>
        <translation>Сканер &amp;қалтасы…</translation>
    </message>
    <message>
        <source>Choose the folder network scanners save scans into</source>
        <translation>Желідегі сканерлер файлдарды сақтайтын қалтаны таңдау</translation>
    </message>
    <message>
        <source>&amp;Unfiled files</source>
        <translation>&amp;Тіркелмеген файлдар</translation>
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
    <name>JournalFilterBar</name>
    <message>
        <source>All cards</source>
        <translation>Барлық карточкалар</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due within {0} days</source>
        <translation>Мерзімі {0} күн ішінде</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Бақылаудан алынған</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Which cards to show by their execution control</source>
        <translation>Қандай карточкаларды орындалуын бақылау бойынша көрсету</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>Which kind of appeal to show (cl. 5)</source>
        <translation>Өтініштің қай санатын көрсету (5-т.)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Кез келген санат</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <source>Clear the filter: show every card of the journal</source>
        <translation>Сүзгіні алып тастау: журналдың барлық карточкаларын көрсету</translation>
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
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
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
        <source>Click to show the newest cards first</source>
        <translation>Ең жаңа карточкаларды жоғарыда көрсету үшін басыңыз</translation>
    </message>
    <message>
        <source>Click to show the oldest cards first</source>
        <translation>Ең ескі карточкаларды жоғарыда көрсету үшін басыңыз</translation>
    </message>
    <message>
        <source>Click to show the soonest due dates first (cards not on control follow)</source>
        <translation>Мерзімі ең жақындарын жоғарыда көрсету үшін басыңыз (бақылаудағы емес карточкалар соңында)</translation>
    </message>
    <message>
        <source>Click to sort by name, A to Z</source>
        <translation>Аты бойынша А-дан Я-ға дейін сұрыптау үшін басыңыз</translation>
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
        <source>Due date of the appeal on execution control. Red: overdue; amber: due within three days.</source>
        <translation>Бақылаудағы өтініштің орындау мерзімі. Қызыл — мерзімі өткен; сары — мерзімі үш күн ішінде.</translation>
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
    <message>
        <source>Data blocked</source>
        <translation>Деректер бұғатталған</translation>
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
        <source>Kind and summary</source>
        <translation>Түрі және қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Execution mark and result</source>
        <translation>Орындалуы туралы белгі және нәтижесі</translation>
    </message>
    <message>
        <source>(personal data withheld)</source>
        <translation>(дербес деректер көрсетілмейді)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>және тағы %1</translation>
    </message>
    <message>
        <source>(collective)</source>
        <translation>(ұжымдық)</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>Жауапкер тарап: %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Бұрыштама: %1</translation>
    </message>
    <message>
        <source>Reply No. %1</source>
        <translation>Жауап № %1</translation>
    </message>
    <message>
        <source>Reply to No. %1</source>
        <translation>№ %1 өтінішке жауап</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 бастап %2 дейін</translation>
    </message>
    <message>
        <source>(the body is not entered in Settings)</source>
        <translation>(орган Баптауларда енгізілмеген)</translation>
    </message>
    <message>
        <source>BIN %1</source>
        <translation>БСН %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Кезең: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Жазбалар саны: %1</translation>
    </message>
    <message>
        <source>Contains %1 sheets</source>
        <translation>Парақ саны: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Басып шығарылған күні: %1</translation>
    </message>
</context>
<context>
    <name>JournalPrintDialog</name>
    <message>
        <source>Print a registration journal</source>
        <translation>Тіркеу журналын басып шығару</translation>
    </message>
    <message>
        <source>Incoming appeals</source>
        <translation>Кіріс өтініштер</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Журнал:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Бастап:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Дейін:</translation>
    </message>
    <message>
        <source>Preview/Print…</source>
        <translation>Алдын ала қарау/Басып шығару…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Preparing the journal…</source>
        <translation>Журнал дайындалуда…</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 жазба</translation>
    </message>
    <message>
        <source>Saved %1: %2 entries, %3 sheets.</source>
        <translation>%1 сақталды: %2 жазба, %3 парақ.</translation>
    </message>
    <message>
        <source>A long journal</source>
        <translation>Ұзын журнал</translation>
    </message>
    <message>
        <source>The journal holds %1 entries: its preview would hold up the window for a long time. Save it as PDF and print the PDF instead?</source>
        <translation>Журналда %1 жазба бар: оны алдын ала қарау терезені ұзақ уақытқа тоқтатып қояды. Орнына PDF ретінде сақтап, PDF-ті басып шығарасыз ба?</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Oldest first</source>
        <translation>Ең ескілері жоғарыда</translation>
    </message>
    <message>
        <source>Soonest due date first</source>
        <translation>Мерзімі жақындары жоғарыда</translation>
    </message>
    <message>
        <source>By applicant, A to Z</source>
        <translation>Өтініш беруші бойынша, А–Я</translation>
    </message>
    <message>
        <source>By addressee, A to Z</source>
        <translation>Алушы бойынша, А–Я</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Ең жаңалары жоғарыда</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Бағандарды бастапқы күйге қайтару</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>No card of this journal matches the filter. Choose “Show all” to see every card.</source>
        <translation>Бұл журналда сүзгіге сәйкес карточка жоқ. Барлық карточкаларды көру үшін «Барлығын көрсету» батырмасын басыңыз.</translation>
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
    <name>LockPage</name>
    <message>
        <source>Type your password.</source>
        <translation>Құпиясөзіңізді теріңіз.</translation>
    </message>
    <message>
        <source>{0} is signed in. Type the password to go on where you left off.</source>
        <translation>Жүйеде {0} отыр. Тоқтаған жерден жалғастыру үшін құпиясөзді теріңіз.</translation>
    </message>
    <message>
        <source>The session is locked</source>
        <translation>Сеанс құлыпталды</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлыпты &amp;ашу</translation>
    </message>
    <message>
        <source>Someone else? Sign out and sign in with your own account. Cards typed in but not registered in this session will be lost.</source>
        <translation>Басқа адамсыз ба? Шығып, өз есептік жазбаңызбен кіріңіз. Осы сеанста терілген, бірақ тіркелмеген карточкалар жоғалады.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Жүйеден шығу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find cards by their text, the text of their scans, or any field</source>
        <translation>Карточкаларды мәтіні, сканерленген беттерінің мәтіні немесе кез келген өрісі бойынша табу</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Electronic copies</source>
        <translation>Электрондық көшірмелер</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Орындалуын бақылау</translation>
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
        <source>Your password has been changed.</source>
        <translation>Құпиясөзіңіз өзгертілді.</translation>
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
    <message>
        <source>Demo user (every role)</source>
        <translation>Демо-пайдаланушы (барлық рөлдер)</translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation>Пайдаланушы: {0}</translation>
    </message>
    <message>
        <source>Login: {0}. Roles: {1}</source>
        <translation>Логин: {0}. Рөлдері: {1}</translation>
    </message>
    <message>
        <source>Card No. {0} registered.</source>
        <translation>№ {0} карточка тіркелді.</translation>
    </message>
    <message>
        <source>Appeals on execution control by due date; overdue first</source>
        <translation>Орындалуы бақылаудағы өтініштер мерзімі бойынша; алдымен мерзімі өткендер</translation>
    </message>
</context>
<context>
    <name>NoContentPage</name>
    <message>
        <source>Your role does not show appeal content</source>
        <translation>Сіздің рөліңізге өтініштердің мазмұны көрсетілмейді</translation>
    </message>
    <message>
        <source>The journals, cards and electronic copies are shown to clerks, executors, supervisors and auditors. If your work needs them, ask the administrator to give your account such a role (Reference › Accounts).</source>
        <translation>Журналдар, карточкалар және электрондық көшірмелер тіркеуші мамандарға, жауапты орындаушыларға, басшыларға және аудиторларға көрсетіледі. Егер олар жұмысыңызға қажет болса, есептік жазбаңызға осындай рөл беруді әкімшіден сұраңыз (Анықтамалықтар › Есептік жазбалар).</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Есептік жазбалар…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
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
    <name>NoticeDialog</name>
    <message>
        <source>Notice of breach {0}</source>
        <translation>{0} бұзушылығы туралы хабарлама</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Copied. Paste it into the letter or the form.</source>
        <translation>Көшірілді. Хатқа немесе нысанға қойыңыз.</translation>
    </message>
</context>
<context>
    <name>NotifyForm</name>
    <message>
        <source>Notice of breach {0} sent</source>
        <translation>{0} бұзушылығы туралы хабарлама жіберілді</translation>
    </message>
    <message>
        <source>&amp;Sent (Astana time):</source>
        <translation>&amp;Жіберілді (Астана уақыты):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Қалай:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>the authorized body for the protection of personal data</source>
        <translation>дербес деректерді қорғау жөніндегі уәкілетті орган</translation>
    </message>
    <message>
        <source>the outgoing number, or the number the body gave</source>
        <translation>шығыс нөмірі немесе орган берген нөмір</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <source>Station and journals</source>
        <translation>Жұмыс орны және журналдар</translation>
    </message>
    <message>
        <source>— (correct the fields above)</source>
        <translation>— (жоғарыдағы өрістерді түзетіңіз)</translation>
    </message>
    <message>
        <source>Every registration number contains the code of the workstation that gave it, so numbers given at different workstations never repeat. Each workstation of the body needs its own code.</source>
        <translation>Әр тіркеу нөмірінде оны берген жұмыс орнының коды болады, сондықтан әр түрлі жұмыс орындарында берілген нөмірлер ешқашан қайталанбайды. Субъектінің әр жұмыс орнының өз коды болуы керек.</translation>
    </message>
    <message>
        <source>&amp;Workstation code:</source>
        <translation>&amp;Жұмыс орнының коды:</translation>
    </message>
    <message>
        <source>1 to 8 capital letters or digits, such as A or 02.</source>
        <translation>1-ден 8-ге дейін бас әріп немесе цифр, мысалы A немесе 02.</translation>
    </message>
    <message>
        <source>In a number template, {index} is the journal&apos;s index, {station} the workstation code, {serial} the serial number ({serial:4} pads it to 4 digits), {year} or {yy} the year in four or two digits. {station}, {serial} and the year are required.</source>
        <translation>Нөмір үлгісінде {index} — журналдың индексі, {station} — жұмыс орнының коды, {serial} — реттік нөмір ({serial:4} оны 4 цифрға дейін толықтырады), {year} немесе {yy} — жылдың төрт немесе екі цифры. {station}, {serial} және жыл міндетті.</translation>
    </message>
    <message>
        <source>Index:</source>
        <translation>Индексі:</translation>
    </message>
    <message>
        <source>Number template:</source>
        <translation>Нөмір үлгісі:</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>Келесі нөмір:</translation>
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
    <name>PageViewer</name>
    <message>
        <source>Loading page…</source>
        <translation>Бет жүктелуде…</translation>
    </message>
    <message>
        <source>The file “{0}” cannot be shown.</source>
        <translation>«{0}» файлын көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The file is missing from the registry&apos;s file store. Ask the administrator to check the stored files (clerk-app verify) and to restore this one from a backup.</source>
        <translation>Файл тізілімнің файлдар қоймасында жоқ. Әкімшіден сақталған файлдарды тексеруді (clerk-app verify) және бұл файлды сақтық көшірмеден қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <source>Page {0} of the file “{1}” cannot be shown.</source>
        <translation>«{1}» файлының {0}-бетін көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The stored file cannot be read or is damaged. Try the other pages; ask the administrator to check the stored files (clerk-app verify).</source>
        <translation>Сақталған файлды оқу мүмкін емес немесе ол бүлінген. Басқа беттерін қарап көріңіз; әкімшіден сақталған файлдарды тексеруді (clerk-app verify) сұраңыз.</translation>
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
        <translation>{0} — электрондық көшірме</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom out; Ctrl and the mouse wheel zoom too</source>
        <translation>Кішірейту; Ctrl пернесін басып тұрып, тышқан дөңгелегімен де өзгертуге болады</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom in; Ctrl and the mouse wheel zoom too</source>
        <translation>Үлкейту; Ctrl пернесін басып тұрып, тышқан дөңгелегімен де өзгертуге болады</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Нақты өлшем</translation>
    </message>
    <message>
        <source>Actual size: the page as large as on paper</source>
        <translation>Нақты өлшем: бет қағаздағыдай көлемде</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Бетті терезенің еніне сыйғызу</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бет толық</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Бетті толық көрсету</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Солға бұру</translation>
    </message>
    <message>
        <source>Rotate the view left (the stored file does not change)</source>
        <translation>Көріністі солға бұру (сақталған файл өзгермейді)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Оңға бұру</translation>
    </message>
    <message>
        <source>Rotate the view right (the stored file does not change)</source>
        <translation>Көріністі оңға бұру (сақталған файл өзгермейді)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Бет {0} (барлығы {1})</translation>
    </message>
    <message>
        <source>Type a page number and press Enter to go to that page</source>
        <translation>Сол бетке өту үшін бет нөмірін теріп, Enter пернесін басыңыз</translation>
    </message>
</context>
<context>
    <name>PartyType</name>
    <message>
        <source>Natural person</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
</context>
<context>
    <name>PasswordHint</name>
    <message>
        <source>At least {0} characters. A few words you will remember are stronger than a short jumble.</source>
        <translation>Кемінде {0} таңба. Есте қалатын бірнеше сөз қысқа шатасқан таңбалардан мықтырақ.</translation>
    </message>
    <message>
        <source>{0} of at least {1} characters.</source>
        <translation>Терілген таңба: {0}, кемінде {1} керек.</translation>
    </message>
    <message>
        <source>Too easy to guess: not the login, and not one character over and over.</source>
        <translation>Табу тым оңай: логинді де, бір таңбаны қайталауды да пайдаланбаңыз.</translation>
    </message>
    <message>
        <source>Acceptable. A longer password is stronger.</source>
        <translation>Жарамды. Ұзынырақ құпиясөз мықтырақ.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Мықты.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Екі құпиясөз сәйкес емес. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>PendingCleanups</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>The cleanup after destruction act(s) {0} is not finished: a stored file was open in another program, or the store was read elsewhere. The data are destroyed; close those programs and press Finish to remove what is left.</source>
        <translation>{0} жою актісі (актілері) бойынша тазалау аяқталған жоқ: сақталған файл басқа бағдарламада ашық болды немесе дерекқорды басқа жерде оқып жатты. Деректер жойылды; сол бағдарламаларды жабыңыз да, қалғанын жою үшін «Аяқтау» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>PeriodUnit</name>
    <message>
        <source>Calendar days</source>
        <translation>Күнтізбелік күн</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>24-hour periods (hours)</source>
        <translation>Тәулік (сағатпен)</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>Registration &amp;journal…</source>
        <translation>Тіркеу &amp;журналы…</translation>
    </message>
    <message>
        <source>The journal of a period, for binding: A4 landscape, numbered pages</source>
        <translation>Кезеңнің журналы, тігуге: A4 көлденең, беттері нөмірленген</translation>
    </message>
    <message>
        <source>&amp;Control report…</source>
        <translation>&amp;Бақылау есебі…</translation>
    </message>
    <message>
        <source>Overdue and due soon, by executor</source>
        <translation>Мерзімі өткендер мен мерзімі жақындағандар, орындаушылар бойынша</translation>
    </message>
    <message>
        <source>&amp;Quarterly information…</source>
        <translation>&amp;Тоқсандық ақпарат…</translation>
    </message>
    <message>
        <source>The quarterly information to the authorized body (cl. 9)</source>
        <translation>Уәкілетті органға тоқсандық ақпарат (9-т.)</translation>
    </message>
    <message>
        <source>Public register of &amp;respondents…</source>
        <translation>&amp;Жауапкерлердің жария тізілімі…</translation>
    </message>
    <message>
        <source>Sellers complained about, without anyone&apos;s personal data</source>
        <translation>Шағым түскен сатушылар, ешкімнің дербес деректерінсіз</translation>
    </message>
    <message>
        <source>Registration-control c&amp;ard…</source>
        <translation>Тіркеу-бақылау &amp;карточкасы…</translation>
    </message>
    <message>
        <source>&amp;Receipt for the applicant…</source>
        <translation>Өтініш берушіге &amp;талон…</translation>
    </message>
    <message>
        <source>Registration &amp;stamp label…</source>
        <translation>Тіркеу &amp;мөртабанының жапсырмасы…</translation>
    </message>
</context>
<context>
    <name>PublicHoliday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православиелік Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s People Solidarity Holiday</source>
        <translation>Қазақстан халқының бірлігі мерекесі</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан Қорғаушы күні</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Құрбан айт</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Қазақстан Республикасының Конституциясы күні</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Республика күні</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>Тұңғыш Президент күні</translation>
    </message>
    <message>
        <source>Day off moved from {0}</source>
        <translation>{0} күнінен ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>{0} (moved day off)</source>
        <translation>{0} (ауыстырылған демалыс күні)</translation>
    </message>
    <message>
        <source>{0} (date estimated)</source>
        <translation>{0} (күні болжамды)</translation>
    </message>
</context>
<context>
    <name>PublicRespondents</name>
    <message>
        <source>Register of respondents about whom consumers&apos; appeals were received</source>
        <translation>Тұтынушылардың өтініштері келіп түскен жауапкер тараптардың тізілімі</translation>
    </message>
    <message>
        <source>Appeals registered from {0} to {1}</source>
        <translation>{0} бастап {1} дейін тіркелген өтініштер</translation>
    </message>
    <message>
        <source>No consumer&apos;s personal data is published. Respondents who are natural persons (individual entrepreneurs) are not named: their appeals are counted together.</source>
        <translation>Тұтынушылардың дербес деректері жарияланбайды. Жеке тұлға болып табылатын жауапкер тараптар (жеке кәсіпкерлер) аталмайды: олардың өтініштері бірге есептеледі.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Жауапкер тарап</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Field of activity</source>
        <translation>Қызмет саласы</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Түрлері бойынша</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>Нәтижелері бойынша</translation>
    </message>
    <message>
        <source>Not yet considered</source>
        <translation>Әлі қаралмаған</translation>
    </message>
    <message>
        <source>Individual entrepreneurs (not named)</source>
        <translation>Жеке кәсіпкерлер (аталмайды)</translation>
    </message>
    <message>
        <source>Respondent not named</source>
        <translation>Жауапкер тарап аталмаған</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>No appeals against a respondent were registered in this period.</source>
        <translation>Бұл кезеңде жауапкер тарапқа қатысты өтініштер тіркелмеген.</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Жауапкер тараптар</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Бастап:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Дейін:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>XLSX сақтау…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV сақтау…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Save the register of respondents</source>
        <translation>Жауапкер тараптар тізілімін сақтау</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Дайындалуда…</translation>
    </message>
    <message>
        <source>Saved: {0} ({1} respondents).</source>
        <translation>Сақталды: {0} ({1} жауапкер тарап).</translation>
    </message>
</context>
<context>
    <name>QuarterlyDialog</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON файлдары (*.json)</translation>
    </message>
    <message>
        <source>The default layout</source>
        <translation>Әдепкі үлгі</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Тоқсан:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Үлгі:</translation>
    </message>
    <message>
        <source>Preview/Print…</source>
        <translation>Алдын ала қарау/Басып шығару…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>XLSX сақтау…</translation>
    </message>
    <message>
        <source>Save JSON…</source>
        <translation>JSON сақтау…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Жіберілді деп белгілеу</translation>
    </message>
    <message>
        <source>Quarterly information to the authorized body</source>
        <translation>Уәкілетті органға тоқсандық ақпарат</translation>
    </message>
    <message>
        <source>Quarterly information</source>
        <translation>Тоқсандық ақпарат</translation>
    </message>
    <message>
        <source>no later than {0}</source>
        <translation>{0} кешіктірмей</translation>
    </message>
    <message>
        <source>The layout template</source>
        <translation>Макет үлгісі</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Үлгілер (*.json)</translation>
    </message>
    <message>
        <source>Counting the quarter…</source>
        <translation>Тоқсан есептелуде…</translation>
    </message>
    <message>
        <source>Save the quarterly information</source>
        <translation>Тоқсандық ақпаратты сақтау</translation>
    </message>
    <message>
        <source> ({0} pages)</source>
        <translation> ({0} бет)</translation>
    </message>
    <message>
        <source>Saved: {0}{1}.</source>
        <translation>Сақталды: {0}{1}.</translation>
    </message>
    <message>
        <source>Quarter {0} of {1} is marked as sent on {2}.</source>
        <translation>{1} жылғы {0}-тоқсан {2} жіберілді деп белгіленді.</translation>
    </message>
</context>
<context>
    <name>QuarterlyReminder</name>
    <message>
        <source>Quarterly information due {0}</source>
        <translation>Тоқсандық ақпарат мерзімі: {0}</translation>
    </message>
    <message>
        <source>The deadline is today.</source>
        <translation>Мерзімі — бүгін.</translation>
    </message>
    <message>
        <source>Days left: {0}.</source>
        <translation>Қалған күндер: {0}.</translation>
    </message>
    <message>
        <source>The quarterly information is due</source>
        <translation>Тоқсандық ақпаратты ұсыну мерзімі жақындап қалды</translation>
    </message>
    <message>
        <source>The information on the appeals considered in quarter {0} of {1} goes to the authorized body no later than {2} (cl. 9).</source>
        <translation>{1} жылғы {0}-тоқсанда қаралған өтініштер туралы ақпарат уәкілетті органға {2} кешіктірмей жіберіледі (9-т.).</translation>
    </message>
    <message>
        <source>Prepare…</source>
        <translation>Дайындау…</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Quarterly information on the results of consideration of consumers&apos; appeals</source>
        <translation>Тұтынушылардың өтініштерін қарау нәтижелері туралы тоқсандық ақпарат</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БСН {0}</translation>
    </message>
    <message>
        <source>(the body is not entered in Settings)</source>
        <translation>(орган Баптауларда енгізілмеген)</translation>
    </message>
    <message>
        <source>for quarter {0} of {1} ({2} – {3})</source>
        <translation>{1} жылғы {0}-тоқсан ({2} – {3})</translation>
    </message>
    <message>
        <source>Submitted to the authorized body no later than {0} (cl. 9).</source>
        <translation>Уәкілетті органға {0} кешіктірмей ұсынылады (9-т.).</translation>
    </message>
    <message>
        <source>Figures as of {0}.</source>
        <translation>Деректер {0} жағдай бойынша.</translation>
    </message>
    <message>
        <source>Head of the body</source>
        <translation>Орган басшысы</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Quarterly information</source>
        <translation>Тоқсандық ақпарат</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Келіп түсті</translation>
    </message>
    <message>
        <source>Claimed in those received, ₸</source>
        <translation>Келіп түскендердегі талап сомасы, ₸</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Claimed in those considered, ₸</source>
        <translation>Қаралғандардағы талап сомасы, ₸</translation>
    </message>
    <message>
        <source>Recovered for consumers, ₸</source>
        <translation>Тұтынушыларға өндірілді, ₸</translation>
    </message>
    <message>
        <source>Pending at the quarter&apos;s end</source>
        <translation>Тоқсан соңында қаралмаған</translation>
    </message>
    <message>
        <source>1. Appeals by kind (cl. 5)</source>
        <translation>1. Өтініштер түрлері бойынша (5-т.)</translation>
    </message>
    <message>
        <source>2. Appeals considered, by result</source>
        <translation>2. Қаралған өтініштер, нәтижелері бойынша</translation>
    </message>
    <message>
        <source>3. Appeals by the respondent&apos;s field of activity</source>
        <translation>3. Өтініштер жауапкер тараптың қызмет саласы бойынша</translation>
    </message>
    <message>
        <source>4. Totals</source>
        <translation>4. Барлығы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>including: {0}</source>
        <translation>оның ішінде: {0}</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt No. {0}</source>
        <translation>№ {0} талон</translation>
    </message>
    <message>
        <source>Pre-trial settlement body (not entered in Settings)</source>
        <translation>Тұтынушылық дауларды сотқа дейінгі реттеу субъектісі (Баптауларда енгізілмеген)</translation>
    </message>
    <message>
        <source>BIN {0}</source>
        <translation>БСН {0}</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation>Телефон {0}</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>және тағы {0}</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Date and time of registration</source>
        <translation>Тіркелген күні мен уақыты</translation>
    </message>
    <message>
        <source>(Astana time)</source>
        <translation>(Астана уақыты)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Парақ саны</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Жауап беру мерзімі</translation>
    </message>
    <message>
        <source>Counterfoil of receipt No. {0}</source>
        <translation>№ {0} талонның түбіртегі</translation>
    </message>
    <message>
        <source>RECEIPT No. {0}</source>
        <translation>ТАЛОН № {0}</translation>
    </message>
    <message>
        <source>Kept by the body. The applicant&apos;s signature confirms that the receipt was handed over.</source>
        <translation>Субъектіде сақталады. Өтініш берушінің қолы талонның берілгенін растайды.</translation>
    </message>
    <message>
        <source>Your appeal has been accepted and registered (cl. 10 of the Rules).</source>
        <translation>Сіздің өтінішіңіз қабылданды және тіркелді (Қағидалардың 10-тармағы).</translation>
    </message>
    <message>
        <source>Receipt received by the applicant: ____________________ (signature)</source>
        <translation>Талонды өтініш беруші алды: ____________________ (қолы)</translation>
    </message>
    <message>
        <source>Accepted by: ____________________ (signature)</source>
        <translation>Қабылдаған: ____________________ (қолы)</translation>
    </message>
    <message>
        <source>Keep this receipt: quote its number when you ask about your appeal.</source>
        <translation>Талонды сақтаңыз: өтінішіңіз туралы сұрағанда оның нөмірін атаңыз.</translation>
    </message>
    <message>
        <source>✂ cut here</source>
        <translation>✂ осы жерден кесіңіз</translation>
    </message>
</context>
<context>
    <name>RecognitionPage</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation>Мәтінді тану</translation>
    </message>
    <message>
        <source>The languages in which the text of scanned pages is recognised, for searching. Tick the languages of your papers: each extra language makes recognition slower.</source>
        <translation>Сканерленген беттердің мәтіні іздеу үшін танылатын тілдер. Құжаттарыңыздың тілдерін белгілеңіз: әр артық тіл тануды баяулатады.</translation>
    </message>
    <message>
        <source>Not installed on this computer: ask the administrator to install tesseract-ocr-{0}.</source>
        <translation>Бұл компьютерде орнатылмаған: әкімшіден tesseract-ocr-{0} орнатуды сұраңыз.</translation>
    </message>
    <message>
        <source>Tesseract is not installed on this computer: text is recognised where it is installed.</source>
        <translation>Бұл компьютерде Tesseract орнатылмаған: мәтін ол орнатылған компьютерде танылады.</translation>
    </message>
    <message>
        <source>Also kept from an earlier setting: {0}</source>
        <translation>Бұрынғы баптаудан сақталған: {0}</translation>
    </message>
</context>
<context>
    <name>RecognitionStatus</name>
    <message>
        <source>Resume &amp;text recognition</source>
        <translation>Мәтінді тануды &amp;жалғастыру</translation>
    </message>
    <message>
        <source>Go on recognising the text of the waiting scans</source>
        <translation>Кезектегі сканерленген құжаттардың мәтінін тануды жалғастыру</translation>
    </message>
    <message>
        <source>&amp;Pause text recognition</source>
        <translation>Мәтінді тануды &amp;кідірту</translation>
    </message>
    <message>
        <source>Recognise no more scans for now: the files under way are finished, the others wait. Recognition resumes at the next start of the program.</source>
        <translation>Әзірге жаңа сканерленген құжаттар танылмайды: басталған файлдар аяқталады, қалғандары кезекте күтеді. Бағдарлама келесі рет іске қосылғанда мәтінді тану қайта жалғасады.</translation>
    </message>
    <message>
        <source>Text recognition is off</source>
        <translation>Мәтінді тану өшірулі</translation>
    </message>
    <message>
        <source>Text recognition paused</source>
        <translation>Мәтінді тану кідіртілді</translation>
    </message>
    <message>
        <source>Text recognition paused: {0} waiting</source>
        <translation>Мәтінді тану кідіртілді: кезекте {0}</translation>
    </message>
    <message>
        <source>The text of new scans is not recognised, so search does not find their words yet. Click to resume; recognition also resumes at the next start of the program.</source>
        <translation>Жаңа сканерленген құжаттардың мәтіні танылмайды, сондықтан іздеу олардың сөздерін әзірге таппайды. Жалғастыру үшін басыңыз; бағдарлама келесі рет іске қосылғанда да мәтінді тану қайта жалғасады.</translation>
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
        <source>Click to pause it.</source>
        <translation>Кідірту үшін басыңыз.</translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Incoming appeals (years after removal from control)</source>
        <translation>Кіріс өтініштер (бақылаудан алынғаннан кейінгі жылдар)</translation>
    </message>
    <message>
        <source>Outgoing letters (years after registration)</source>
        <translation>Шығыс хаттар (тіркелгеннен кейінгі жылдар)</translation>
    </message>
    <message>
        <source>Unfiled scans in the inbox (years after arrival)</source>
        <translation>Кіріс қалтадағы тіркелмеген скандар (түскеннен кейінгі жылдар)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Write this code down on paper or print it, and keep it in the safe. If this computer&apos;s keyring is lost (a new Windows profile, a reinstalled or replaced computer), the registry opens only with this code: an administrator runs clerk-app encryption recover. Anyone holding it can read the registry&apos;s files: do not keep it on this computer or send it by e-mail.</source>
        <translation>Бұл кодты қағазға жазып алыңыз немесе басып шығарыңыз және сейфте сақтаңыз. Осы компьютердің кілттер қоймасы жоғалса (жаңа Windows профилі, қайта орнатылған немесе ауыстырылған компьютер), тізілім тек осы кодпен ашылады: әкімші clerk-app encryption recover командасын орындайды. Кодты иеленген кез келген адам тізілім файлдарын оқи алады: оны осы компьютерде сақтамаңыз және электрондық поштамен жібермеңіз.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>I have written the code down and will keep it in a safe place</source>
        <translation>Мен кодты жазып алдым және оны қауіпсіз жерде сақтаймын</translation>
    </message>
    <message>
        <source>clerk-app recovery code</source>
        <translation>clerk-app қалпына келтіру коды</translation>
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
    <name>RefusalReason</name>
    <message>
        <source>No violation found</source>
        <translation>Бұзушылық анықталмады</translation>
    </message>
    <message>
        <source>Not a consumer dispute</source>
        <translation>Тұтынушылық дау емес</translation>
    </message>
    <message>
        <source>No claim was made to the seller first</source>
        <translation>Алдымен сатушыға наразылық берілмеген</translation>
    </message>
    <message>
        <source>Before a court or decided by one</source>
        <translation>Сотта қаралуда немесе сот шешкен</translation>
    </message>
    <message>
        <source>Repeat appeal without new arguments</source>
        <translation>Жаңа дәлелдерсіз қайталама өтініш</translation>
    </message>
    <message>
        <source>Anonymous: no name or address to answer</source>
        <translation>Анонимді: жауап беру үшін аты-жөні немесе мекенжайы жоқ</translation>
    </message>
    <message>
        <source>Requested documents were not provided</source>
        <translation>Сұратылған құжаттар ұсынылмады</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>RegistrationActions</name>
    <message>
        <source>&amp;New incoming appeal…</source>
        <translation>&amp;Жаңа кіріс өтініш…</translation>
    </message>
    <message>
        <source>Register a paper appeal that has arrived (Ctrl+N)</source>
        <translation>Келіп түскен қағаз өтінішті тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>New &amp;outgoing letter…</source>
        <translation>Жаңа &amp;шығыс хат…</translation>
    </message>
    <message>
        <source>Register a letter the body sends (Ctrl+Shift+N)</source>
        <translation>Субъект жіберетін хатты тіркеу (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Жауап беру…</translation>
    </message>
    <message>
        <source>Register the outgoing reply to the selected incoming appeal (Ctrl+R)</source>
        <translation>Таңдалған кіріс өтінішке шығыс жауапты тіркеу (Ctrl+R)</translation>
    </message>
    <message>
        <source>Unregistered cards</source>
        <translation>Тіркелмеген карточкалар</translation>
    </message>
    <message>
        <source>Cards typed in but not registered: {0}. They will be lost. Close them anyway?</source>
        <translation>Енгізілген, бірақ тіркелмеген карточкалар: {0}. Олар жоғалады. Бәрібір жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Card No. {0} registered. Enter the next one.</source>
        <translation>№ {0} карточка тіркелді. Келесісін енгізіңіз.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Тіркелуде…</translation>
    </message>
    <message>
        <source>Reading appeal No. {0}…</source>
        <translation>№ {0} өтініш оқылуда…</translation>
    </message>
    <message>
        <source>Close without registering?</source>
        <translation>Тіркемей жабасыз ба?</translation>
    </message>
    <message>
        <source>What you typed in the form will be lost.</source>
        <translation>Пішінге енгізілген деректер жоғалады.</translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation>&amp;Тіркемей жабу</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Т&amp;олтыруды жалғастыру</translation>
    </message>
    <message>
        <source>Reply to appeal No. {0}</source>
        <translation>№ {0} өтінішке жауап</translation>
    </message>
    <message>
        <source>New outgoing letter</source>
        <translation>Жаңа шығыс хат</translation>
    </message>
    <message>
        <source>New incoming appeal</source>
        <translation>Жаңа кіріс өтініш</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Addressees</source>
        <translation>Адресаттар</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Өтініш берушілер</translation>
    </message>
    <message>
        <source>Respondent (seller, manufacturer, performer, organizer)</source>
        <translation>Жауапкер тарап (сатушы, дайындаушы, орындаушы, ұйымдастырушы)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Register the card and close the form (Enter in a one-line field, or Ctrl+Enter)</source>
        <translation>Карточканы тіркеп, пішінді жабу (бір жолды өрісте Enter немесе Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Register and new like this</source>
        <translation>Тіркеп, осындай жаңасын бастау</translation>
    </message>
    <message>
        <source>Register, then start the next card with the same journal, channel, form, type, kind and respondent (Ctrl+Shift+Enter)</source>
        <translation>Тіркеп, келесі карточканы сол журнал, түсу арнасы, нысан, түр, санат және жауапкер тараппен бастау (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Print the applicant&apos;s receipt</source>
        <translation>Өтініш берушінің талонын басып шығару</translation>
    </message>
    <message>
        <source>After registering, open the receipt (талон) for the applicant who handed the appeal in</source>
        <translation>Тіркегеннен кейін өтінішті өзі тапсырған өтініш берушіге талонды ашу</translation>
    </message>
    <message>
        <source>Close without registering (Esc)</source>
        <translation>Тіркемей жабу (Esc)</translation>
    </message>
</context>
<context>
    <name>RegistryDialogs</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>The body, numbering, deadline rules, the working-day calendar, text recognition, language</source>
        <translation>Субъект, нөмірлеу, мерзім ережелері, жұмыс күндерінің күнтізбесі, мәтінді тану, тіл</translation>
    </message>
    <message>
        <source>&amp;Staff (executors)…</source>
        <translation>&amp;Қызметкерлер (орындаушылар)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Есептік жазбалар…</translation>
    </message>
    <message>
        <source>Who may sign in, with which roles; blocking; new passwords</source>
        <translation>Кім және қандай рөлдермен кіре алады; бұғаттау; жаңа құпиясөздер</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>On control: {0} · overdue: {1} · due today: {2}</source>
        <translation>Бақылауда: {0} · мерзімі өткен: {1} · мерзімі бүгін: {2}</translation>
    </message>
    <message>
        <source>Due in the next {0} days: {1}. Applicants to be told of an extension: {2}.</source>
        <translation>Алдағы {0} күнде мерзімі жақындап қалған: {1}. Мерзімнің ұзартылғаны хабарлануы тиіс өтініш берушілер: {2}.</translation>
    </message>
    <message>
        <source>Overdue: {0}.</source>
        <translation>Мерзімі өткен: {0}.</translation>
    </message>
    <message>
        <source>Due today: {0}.</source>
        <translation>Мерзімі бүгін: {0}.</translation>
    </message>
    <message>
        <source>Applicants to be told of an extension within {0} days: {1}.</source>
        <translation>{0} күн ішінде мерзімнің ұзартылғаны хабарлануы тиіс өтініш берушілер: {1}.</translation>
    </message>
    <message>
        <source>Show overdue</source>
        <translation>Мерзімі өткендерді көрсету</translation>
    </message>
    <message>
        <source>Show due today</source>
        <translation>Мерзімі бүгінгілерді көрсету</translation>
    </message>
    <message>
        <source>Appeals on execution control need attention</source>
        <translation>Бақылаудағы өтініштерге назар аударыңыз</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove from control</source>
        <translation>Бақылаудан алу</translation>
    </message>
    <message>
        <source>Result: {0}.</source>
        <translation>Нәтижесі: {0}.</translation>
    </message>
    <message>
        <source>The card leaves execution control. The latest outgoing reply registered to this appeal is linked to it. Enter a number below only to link another outgoing letter.</source>
        <translation>Карточка орындалуын бақылаудан алынады. Оған осы өтінішке тіркелген ең соңғы шығыс жауап байланыстырылады. Басқа шығыс хатты байланыстыру керек болса ғана, төменде оның нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>An appeal withdrawn by the applicant needs no reply.</source>
        <translation>Өтініш беруші кері қайтарып алған өтінішке жауап қажет емес.</translation>
    </message>
    <message>
        <source>for example 01/O-0012/26</source>
        <translation>мысалы, 01/O-0012/26</translation>
    </message>
    <message>
        <source>&amp;Number of the outgoing reply (not required):</source>
        <translation>Шығыс жауаптың &amp;нөмірі (міндетті емес):</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Resume control</source>
        <translation>Бақылауды қайта бастау</translation>
    </message>
    <message>
        <source>The card goes back under execution control; the recorded result is cancelled.</source>
        <translation>Карточка қайтадан орындалуын бақылауға алынады; жазылған нәтиже күшін жояды.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Set a &amp;new due date:</source>
        <translation>&amp;Жаңа мерзім белгілеу:</translation>
    </message>
    <message>
        <source>Otherwise the due date stays {0}.</source>
        <translation>Әйтпесе орындау мерзімі өзгермейді: {0}.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {0}</source>
        <translation>{0} үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>For {0}, who forgot the password. A lock after wrong passwords is lifted too. Tell them the new password in private.</source>
        <translation>Құпиясөзін ұмытқан {0} үшін. Қате құпиясөздерден кейінгі құлып та алынады. Жаңа құпиясөзді оған оңаша айтыңыз.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Жаңа құпиясөзді &amp;растау:</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Құпиясөзді орнату</translation>
    </message>
</context>
<context>
    <name>RespondentEditor</name>
    <message>
        <source>BIN/IIN {0}</source>
        <translation>БСН/ЖСН {0}</translation>
    </message>
    <message>
        <source>From the list of respondents.</source>
        <translation>Жауапкер тараптар тізімінен.</translation>
    </message>
    <message>
        <source>Not chosen from the list: a new respondent unless the BIN/IIN is known.</source>
        <translation>Тізімнен таңдалмаған: БСН/ЖСН белгісіз болса, жаңа жауапкер тарап қосылады.</translation>
    </message>
    <message>
        <source>Type a part of the name or the BIN to choose from the list.</source>
        <translation>Тізімнен таңдау үшін атауының бір бөлігін немесе БСН-ін жазыңыз.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>А&amp;тауы:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>BIN/II&amp;N:</source>
        <translation>&amp;БСН/ЖСН:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайты:</translation>
    </message>
    <message>
        <source>Field of ac&amp;tivity:</source>
        <translation>&amp;Қызмет саласы:</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>What the respondent does: the quarterly information counts appeals by it</source>
        <translation>Жауапкер немен айналысады: тоқсандық ақпарат өтініштерді осы бойынша санайды</translation>
    </message>
    <message>
        <source>part of the name: the list opens</source>
        <translation>атауының бөлігі: тізім ашылады</translation>
    </message>
    <message>
        <source>The seller (manufacturer, performer) or game organizer. Choose from the list with the arrow keys and Enter, or type a new one.</source>
        <translation>Сатушы (дайындаушы, орындаушы) немесе ойын ұйымдастырушысы. Тізімнен нұсқар пернелері мен Enter арқылы таңдаңыз немесе жаңасын жазыңыз.</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>site, domain or IP</source>
        <translation>сайт, домен немесе IP</translation>
    </message>
    <message>
        <source>The website, domain or IP address of an online seller</source>
        <translation>Интернет-сатушының сайты, домені немесе IP-мекенжайы</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>The appeal names no respondent</source>
        <translation>Өтініште жауапкер тарап көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>RespondentRole</name>
    <message>
        <source>Seller</source>
        <translation>Сатушы</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Дайындаушы</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Game organizer</source>
        <translation>Ойын ұйымдастырушысы</translation>
    </message>
</context>
<context>
    <name>ResponsibleForm</name>
    <message>
        <source>Person responsible for personal data</source>
        <translation>Дербес деректерге жауапты адам</translation>
    </message>
    <message>
        <source>The person responsible for organizing the processing of personal data. Every notice of a breach gives these contact details.</source>
        <translation>Дербес деректерді өңдеуді ұйымдастыруға жауапты адам. Бұзушылық туралы әр хабарламада осы байланыс деректері көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record the result of consideration</source>
        <translation>Қарау нәтижесін жазу</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Нәтижені жазу</translation>
    </message>
    <message>
        <source>Result of consideration:</source>
        <translation>Қарау нәтижесі:</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— себебін таңдаңыз —</translation>
    </message>
    <message>
        <source>Reason for &amp;refusal:</source>
        <translation>Бас тарту &amp;себебі:</translation>
    </message>
    <message>
        <source>&amp;Forwarded to (the body or organization):</source>
        <translation>&amp;Кімге жолданды (орган немесе ұйым):</translation>
    </message>
    <message>
        <source>&amp;Outgoing number of the covering letter:</source>
        <translation>Ілеспе хаттың &amp;шығыс нөмірі:</translation>
    </message>
    <message>
        <source>What the consumer got back or was paid, for the quarterly information</source>
        <translation>Тұтынушыға қайтарылған немесе төленген сома, тоқсандық ақпарат үшін</translation>
    </message>
    <message>
        <source>Amount &amp;recovered for the consumer, ₸ (not required):</source>
        <translation>Тұтынушының пайдасына &amp;өндірілген сома, ₸ (міндетті емес):</translation>
    </message>
    <message>
        <source>E&amp;xplanation of the refusal:</source>
        <translation>Бас тарту себебін &amp;түсіндіру:</translation>
    </message>
    <message>
        <source>&amp;Note (not required):</source>
        <translation>&amp;Ескертпе (міндетті емес):</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Сақтау мерзімдері</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Сақтау мерзімдері</translation>
    </message>
    <message>
        <source>A record is kept for this many years after the end of the year its purpose was achieved; then it appears among the records due for destruction. The personal-data officer destroys them with a destruction act.</source>
        <translation>Жазба мақсатына қол жеткізілген жылдың соңынан кейін осынша жыл сақталады; содан кейін ол жоюға жататын жазбалар қатарына шығады. Дербес деректерге жауапты тұлға оларды жою актісімен жояды.</translation>
    </message>
    <message>
        <source>The law sets no period for consumers&apos; appeals: 5 years follows the usual nomenclature of cases; change it to your body&apos;s nomenclature.</source>
        <translation>Заң тұтынушылардың өтініштері үшін мерзім белгілемейді: 5 жыл әдеттегі істер номенклатурасына сәйкес; оны өз ұйымыңыздың номенклатурасына қарай өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>The staff member this person is (for an executor):</source>
        <translation>Бұл адам қай қызметкер (жауапты орындаушы үшін):</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>An executor acts on the appeals assigned to this staff member.</source>
        <translation>Жауапты орындаушы осы қызметкерге тапсырылған өтініштермен жұмыс істейді.</translation>
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
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Тіркеуші маман</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Personal-data officer</source>
        <translation>Дербес деректерге жауапты адам</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>registers appeals and letters, attaches electronic copies, searches</source>
        <translation>өтініштер мен хаттарды тіркейді, электрондық көшірмелерді қосады, іздейді</translation>
    </message>
    <message>
        <source>works on the appeals assigned to them</source>
        <translation>өзіне тапсырылған өтініштермен жұмыс істейді</translation>
    </message>
    <message>
        <source>assigns executors, extends due dates, removes from control, reports</source>
        <translation>жауапты орындаушыларды тағайындайды, мерзімін ұзартады, бақылаудан алады, есептер</translation>
    </message>
    <message>
        <source>the audit log, subjects&apos; requests, blocking and destruction of personal data</source>
        <translation>аудит журналы, субъектілердің сұраулары, дербес деректерді бұғаттау және жою</translation>
    </message>
    <message>
        <source>settings and accounts; sees no appeal content</source>
        <translation>баптаулар мен есептік жазбалар; өтініштердің мазмұнын көрмейді</translation>
    </message>
    <message>
        <source>read-only inspection of the registry and the audit log</source>
        <translation>тізілім мен аудит журналын тек оқу арқылы тексеру</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of {0}</source>
        <translation>{0} рөлдері</translation>
    </message>
    <message>
        <source>{0} ({1}) may do what the ticked roles allow, from their next sign-in on.</source>
        <translation>{0} ({1}) келесі кіруінен бастап белгіленген рөлдер рұқсат ететін әрекеттерді орындай алады.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>ScanBatchList</name>
    <message>
        <source>Page %1</source>
        <translation>%1-бет</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>The registration stamp of card No. %1: this page starts that card&apos;s appeal</source>
        <translation>№ %1 карточканың тіркеу мөртабаны: осы беттен сол карточканың өтініші басталады</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan</source>
        <translation>Сканерлеу</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Сканерлеу</translation>
    </message>
    <message>
        <source>Scan the pages in the feeder, or the page on the glass (Ctrl+Enter)</source>
        <translation>Қағаз бергіштегі беттерді немесе әйнектегі бетті сканерлеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Т&amp;оқтату</translation>
    </message>
    <message>
        <source>Add from &amp;file…</source>
        <translation>&amp;Файлдан қосу…</translation>
    </message>
    <message>
        <source>Add the pages of a PDF, TIFF or JPEG file to the batch</source>
        <translation>PDF, TIFF немесе JPEG файлының беттерін топтамаға қосу</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Солға бұру</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Оңға бұру</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Алдыға жылжыту</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Артқа жылжыту</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Барлығын алып тастау</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Са&amp;қтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>To card No. %1 as</source>
        <translation>№ %1 карточкаға, құжат түрі:</translation>
    </message>
    <message>
        <source>To the unfiled files (file them later)</source>
        <translation>Тіркелмеген файлдарға (карточкаларға кейін қосу)</translation>
    </message>
    <message>
        <source>Pages in the batch: %1</source>
        <translation>Топтамадағы беттер: %1</translation>
    </message>
    <message>
        <source>with a stamp: %1</source>
        <translation>мөртабаны барлары: %1</translation>
    </message>
    <message>
        <source>blank pages left out: %1</source>
        <translation>алынып тасталған бос беттер: %1</translation>
    </message>
    <message>
        <source>Attached to card No. %1 (pages: %2)</source>
        <translation>№ %1 карточкаға қосылды (бет саны: %2)</translation>
    </message>
    <message>
        <source>Filed under the cards: %1</source>
        <translation>Карточкаларға қосылды: %1</translation>
    </message>
    <message>
        <source>To the unfiled files (pages: %1): %2</source>
        <translation>Тіркелмеген файлдарға (бет саны: %1): %2</translation>
    </message>
    <message>
        <source>Kept here (pages: %1): %2</source>
        <translation>Осында қалды (бет саны: %1): %2</translation>
    </message>
    <message>
        <source>The profile was not saved.</source>
        <translation>Профиль сақталмады.</translation>
    </message>
    <message>
        <source>The file of scan profiles cannot be written on this computer.</source>
        <translation>Бұл компьютерде сканерлеу профильдерінің файлына жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Scanned pages not saved: %1. Discard them?</source>
        <translation>Сақталмаған сканерленген беттер: %1. Оларды алып тастау керек пе?</translation>
    </message>
    <message>
        <source>No pages yet: scan, or add pages from a file.</source>
        <translation>Әзірге бет жоқ: сканерлеңіз немесе беттерді файлдан қосыңыз.</translation>
    </message>
    <message>
        <source>Card by card by the QR stamps</source>
        <translation>QR мөртабандары бойынша әр карточкаға</translation>
    </message>
    <message>
        <source>A page with a new stamp starts the next appeal; pages before the first stamp go to the unfiled files.</source>
        <translation>Жаңа мөртабаны бар бет келесі өтінішті бастайды; алғашқы мөртабанға дейінгі беттер тіркелмеген файлдарға түседі.</translation>
    </message>
    <message>
        <source>The profile cannot be used.</source>
        <translation>Бұл профильді пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканерленуде…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Scanning… page %1 received</source>
        <translation>Сканерленуде… %1-бет алынды</translation>
    </message>
    <message>
        <source>Add pages from a file</source>
        <translation>Беттерді файлдан қосу</translation>
    </message>
    <message>
        <source>Scans (%1)</source>
        <translation>Сканерленген құжаттар (%1)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>The pages were not attached; they are kept here.</source>
        <translation>Беттер қосылмады; олар осында қалды.</translation>
    </message>
    <message>
        <source>The batch is saved.</source>
        <translation>Топтама сақталды.</translation>
    </message>
    <message>
        <source>Some pages could not be filed.</source>
        <translation>Кейбір беттерді карточкаларға қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Save the scan profile</source>
        <translation>Сканерлеу профилін сақтау</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Профиль атауы:</translation>
    </message>
    <message>
        <source>Discard the scanned pages?</source>
        <translation>Сканерленген беттерді алып тастау керек пе?</translation>
    </message>
</context>
<context>
    <name>ScanFlow</name>
    <message>
        <source>&amp;Scan…</source>
        <translation>&amp;Сканерлеу…</translation>
    </message>
    <message>
        <source>Scan paper from the scanner: into the selected card, or card by card by the QR stamps (Ctrl+Shift+S)</source>
        <translation>Қағаз құжаттарды сканерлеу: таңдалған карточкаға немесе QR мөртабандары бойынша әр карточкаға (Ctrl+Shift+S)</translation>
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
        <translation>Қағаз &amp;көзі:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Ажыратымдылық:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Түс:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Бет ө&amp;лшемі:</translation>
    </message>
    <message>
        <source>Blank pages:</source>
        <translation>Бос беттер:</translation>
    </message>
    <message>
        <source>Blank below:</source>
        <translation>Бос деп саналады:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Look for scanners again (after one is switched on or connected)</source>
        <translation>Сканерлерді қайта іздеу (сканер іске қосылғаннан немесе жалғанғаннан кейін)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Leave out blank pages</source>
        <translation>Бос беттерді алып тастау</translation>
    </message>
    <message>
        <source>Raise it if blank backs with specks of dust are kept; lower it if pages with a single short line are left out</source>
        <translation>Шаң түйіршіктері бар бос артқы беттер қалып қойса, мәнді көбейтіңіз; бір қысқа жолы бар беттер алынып тасталса, азайтыңыз</translation>
    </message>
    <message>
        <source>A page with less ink than this share of its area is blank.</source>
        <translation>Бояуы бет ауданының осы үлесінен аз бет бос деп саналады.</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Сканерлер ізделуде…</translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation>Сканер табылмады</translation>
    </message>
    <message>
        <source>Check that the scanner is switched on and connected, then press Refresh. Until then, add pages from a file, or let a network scanner save into the scanner folder.</source>
        <translation>Сканердің іске қосулы және жалғаулы екенін тексеріп, «Жаңарту» батырмасын басыңыз. Оған дейін беттерді файлдан қосыңыз немесе желідегі сканер файлдарды сканер қалтасына сақтасын.</translation>
    </message>
</context>
<context>
    <name>ScanTexts</name>
    <message>
        <source>Flatbed (glass)</source>
        <translation>Планшет (әйнек)</translation>
    </message>
    <message>
        <source>Feeder, one side</source>
        <translation>Қағаз бергіш, бір жағы</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Қағаз бергіш, екі жағы</translation>
    </message>
    <message>
        <source>Grey (stamps and signatures stay legible)</source>
        <translation>Сұр реңк (мөртабандар мен қолтаңбалар анық көрінеді)</translation>
    </message>
    <message>
        <source>Black and white (plain text, smallest file)</source>
        <translation>Ақ-қара (қарапайым мәтін, ең шағын файл)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түрлі түсті</translation>
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
        <translation>Бүкіл сканерлеу аймағы</translation>
    </message>
    <message>
        <source>Appeals: grey, 300 dpi</source>
        <translation>Өтініштер: сұр реңк, 300 dpi</translation>
    </message>
    <message>
        <source>Plain text: black and white, 300 dpi</source>
        <translation>Қарапайым мәтін: ақ-қара, 300 dpi</translation>
    </message>
    <message>
        <source>Colour documents, 300 dpi</source>
        <translation>Түрлі түсті құжаттар, 300 dpi</translation>
    </message>
    <message>
        <source>Scanning is not available on this computer.</source>
        <translation>Бұл компьютерде сканерлеу қолжетімсіз.</translation>
    </message>
    <message>
        <source>The scanner drivers are not installed. Scan with the scanner&apos;s own program into the scanner folder, or add pages from a file.</source>
        <translation>Сканер драйверлері орнатылмаған. Сканердің өз бағдарламасымен сканер қалтасына сканерлеңіз немесе беттерді файлдан қосыңыз.</translation>
    </message>
    <message>
        <source>The scanner is not found.</source>
        <translation>Сканер табылмады.</translation>
    </message>
    <message>
        <source>Check that it is switched on and connected, then press Refresh.</source>
        <translation>Оның іске қосулы және жалғаулы екенін тексеріп, «Жаңарту» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The scanner is busy.</source>
        <translation>Сканер бос емес.</translation>
    </message>
    <message>
        <source>Another program or computer is using it. Wait until it finishes, then scan again.</source>
        <translation>Оны басқа бағдарлама немесе компьютер пайдаланып жатыр. Ол жұмысын аяқтағанша күтіп, қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>Paper jam.</source>
        <translation>Қағаз кептеліп қалды.</translation>
    </message>
    <message>
        <source>Open the feeder and take out the jammed sheet. The pages scanned so far are kept below; put the remaining sheets back and scan again to add them.</source>
        <translation>Қағаз бергішті ашып, кептелген парақты алыңыз. Осы уақытқа дейін сканерленген беттер төменде қалды; қалған парақтарды қайта салып, оларды қосу үшін қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>There is no paper in the feeder.</source>
        <translation>Қағаз бергіште қағаз жоқ.</translation>
    </message>
    <message>
        <source>Put the pages in the feeder, face as the scanner shows, and scan again; or choose the flatbed.</source>
        <translation>Беттерді сканерде көрсетілгендей жағымен қағаз бергішке салып, қайта сканерлеңіз; немесе планшетті таңдаңыз.</translation>
    </message>
    <message>
        <source>This scanner has no feeder.</source>
        <translation>Бұл сканерде қағаз бергіш жоқ.</translation>
    </message>
    <message>
        <source>Choose "Flatbed (glass)" and scan the sheets one by one.</source>
        <translation>«Планшет (әйнек)» тармағын таңдап, парақтарды бір-бірден сканерлеңіз.</translation>
    </message>
    <message>
        <source>This scanner cannot scan both sides.</source>
        <translation>Бұл сканер парақтың екі жағын сканерлей алмайды.</translation>
    </message>
    <message>
        <source>Choose "Feeder, one side" and turn the pile over for the back sides.</source>
        <translation>"Қағаз бергіш, бір жағы" тәсілін таңдаңыз, ал артқы жақтары үшін парақ бумасын аударып салыңыз.</translation>
    </message>
    <message>
        <source>An odd number of sides arrived although both sides were asked for.</source>
        <translation>Екі жағы сұралғанымен, тақ сандағы бет келді.</translation>
    </message>
    <message>
        <source>The scanner may have scanned one side only. Check the pages below before saving.</source>
        <translation>Сканер тек бір жағын сканерлеген болуы мүмкін. Сақтамас бұрын төмендегі беттерді тексеріңіз.</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open.</source>
        <translation>Сканердің қақпағы ашық.</translation>
    </message>
    <message>
        <source>Close the cover and scan again. The pages scanned so far are kept.</source>
        <translation>Қақпақты жауып, қайта сканерлеңіз. Осы уақытқа дейін сканерленген беттер жоғалған жоқ.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the scanner.</source>
        <translation>Осы компьютердің пайдаланушысына сканерді пайдалануға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Ask the administrator to give access to the scanner.</source>
        <translation>Әкімшіден сканерге қолжетімділік беруді сұраңыз.</translation>
    </message>
    <message>
        <source>The scanner reported an error.</source>
        <translation>Сканер қате туралы хабарлады.</translation>
    </message>
    <message>
        <source>Switch the scanner off and on, then scan again. The pages scanned so far are kept.</source>
        <translation>Сканерді өшіріп, қайта қосыңыз да, қайта сканерлеңіз. Осы уақытқа дейін сканерленген беттер жоғалған жоқ.</translation>
    </message>
    <message>
        <source>Scanning was cancelled.</source>
        <translation>Сканерлеу тоқтатылды.</translation>
    </message>
    <message>
        <source>The pages scanned before are kept below.</source>
        <translation>Бұған дейін сканерленген беттер төменде қалды.</translation>
    </message>
    <message>
        <source>no registration stamp before these pages</source>
        <translation>бұл беттердің алдында тіркеу мөртабаны жоқ</translation>
    </message>
    <message>
        <source>the stamp names a card this registry does not hold</source>
        <translation>мөртабанда көрсетілген карточка бұл тізілімде жоқ</translation>
    </message>
    <message>
        <source>the stamp&apos;s number differs from the card&apos;s number</source>
        <translation>мөртабандағы нөмір карточканың нөмірімен сәйкес келмейді</translation>
    </message>
    <message>
        <source>they could not be stored (see the log); save them again</source>
        <translation>оларды сақтау мүмкін болмады (журналды қараңыз); қайта сақтаңыз</translation>
    </message>
    <message>
        <source>The file cannot be added.</source>
        <translation>Файлды қосу мүмкін емес.</translation>
    </message>
    <message>
        <source>It has more pages than a batch holds (500). Attach it to the card as a file instead.</source>
        <translation>Онда топтамаға сыятыннан (500) көп бет бар. Оның орнына оны карточкаға файл ретінде қосыңыз.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type something to search for, or choose some criteria.</source>
        <translation>Не іздейтініңізді жазыңыз немесе іздеу шарттарын таңдаңыз.</translation>
    </message>
    <message>
        <source>Type words in the search line to find them in the cards and in the recognised text of their electronic copies, or leave it empty and search by the card&apos;s fields under More criteria.</source>
        <translation>Карточкалардан және олардың электрондық көшірмелерінің танылған мәтінінен іздеу үшін іздеу жолына сөздерді жазыңыз. Немесе жолды бос қалдырып, «Қосымша шарттар» бөлімінде карточканың өрістері бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message>
        <source>No cards found.</source>
        <translation>Карточкалар табылмады.</translation>
    </message>
    <message>
        <source>Showing the best {0} matches. Add words to narrow the search.</source>
        <translation>Ең сәйкес келетін {0} карточка көрсетілді. Іздеуді нақтылау үшін сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Cards found: {0}</source>
        <translation>Табылған карточкалар: {0}</translation>
    </message>
    <message>
        <source>Check the spelling, or try fewer words, or only the beginning of a word.</source>
        <translation>Жазылуын тексеріңіз, не сөздерді азайтыңыз, не сөздің басын ғана жазыңыз.</translation>
    </message>
    <message>
        <source>Showing the first {0} cards, newest first. Scroll down for more, or add criteria.</source>
        <translation>Алғашқы {0} карточка көрсетілді, ең жаңасы бірінші. Қалғанын көру үшін төмен айналдырыңыз немесе шарт қосыңыз.</translation>
    </message>
    <message>
        <source>More criteria ({0} set)</source>
        <translation>Қосымша шарттар (таңдалғаны: {0})</translation>
    </message>
    <message>
        <source>More criteria</source>
        <translation>Қосымша шарттар</translation>
    </message>
    <message>
        <source>Search: words, "an exact phrase", -a word to leave out. Enter searches, Esc clears.</source>
        <translation>Іздеу: сөздер, "нақты тіркес", -алып тасталатын сөз. Enter — іздеу, Esc — тазарту.</translation>
    </message>
    <message>
        <source>Every word must occur (its beginning is enough); words in quotes must stand together; a minus leaves out the cards with that word. A registration number finds its card.</source>
        <translation>Әр сөз кездесуі керек (басы да жеткілікті); тырнақшадағы сөздер қатар тұруы керек; минус сол сөзі бар карточкаларды алып тастайды. Тіркеу нөмірі өз карточкасын табады.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Та&amp;зарту</translation>
    </message>
    <message>
        <source>Empty the search line and every criterion</source>
        <translation>Іздеу жолын және барлық шартты тазарту</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Changes on this page are not saved yet</source>
        <translation>Бұл беттегі өзгерістер әлі сақталмаған</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Changes not saved yet, on these pages:</source>
        <translation>Мына беттердегі өзгерістер әлі сақталмаған:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
</context>
<context>
    <name>SettlementBodyType</name>
    <message>
        <source>Mediators&apos; organisation</source>
        <translation>Медиаторлар ұйымы</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Төрелік</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>Тұтынушылардың қоғамдық бірлестігі</translation>
    </message>
    <message>
        <source>Association of sellers (self-regulating organisation)</source>
        <translation>Сатушылар бірлестігі (өзін-өзі реттейтін ұйым)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Type your login.</source>
        <translation>Логиніңізді теріңіз.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Құпиясөзіңізді теріңіз.</translation>
    </message>
    <message>
        <source>Registry of {0}. Type your login and password.</source>
        <translation>{0} тізілімі. Логин мен құпиясөзіңізді теріңіз.</translation>
    </message>
    <message>
        <source>Type your login and password.</source>
        <translation>Логин мен құпиясөзіңізді теріңіз.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Forgot the password? The administrator can set a new one for you in Reference › Accounts.</source>
        <translation>Құпиясөзді ұмыттыңыз ба? Әкімші сізге Анықтамалықтар › Есептік жазбалар бөлімінде жаңасын орната алады.</translation>
    </message>
</context>
<context>
    <name>SlipActions</name>
    <message>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>Карточканы &amp;басып шығару…</translation>
    </message>
    <message>
        <source>The registration-control card with its history, to print or save as PDF</source>
        <translation>Тіркеу-бақылау карточкасы тарихымен: басып шығару немесе PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Print rece&amp;ipt…</source>
        <translation>&amp;Талонды басып шығару…</translation>
    </message>
    <message>
        <source>The applicant&apos;s receipt confirming the appeal was accepted</source>
        <translation>Өтініштің қабылданғанын растайтын өтініш берушінің талоны</translation>
    </message>
    <message>
        <source>Print stamp &amp;label…</source>
        <translation>Тіркеу &amp;мөртабанын басып шығару…</translation>
    </message>
    <message>
        <source>A registration stamp label with the card&apos;s QR code</source>
        <translation>Карточканың QR-коды бар тіркеу мөртабаны жапсырмасы</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Print the card, the applicant&apos;s receipt or a stamp label</source>
        <translation>Карточканы, өтініш берушінің талонын немесе мөртабан жапсырмасын басып шығару</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff (executors)</source>
        <translation>Қызметкерлер (орындаушылар)</translation>
    </message>
    <message>
        <source>The staff members who can be made the responsible executors of appeals. Each one you add is saved at once.</source>
        <translation>Өтініштердің жауапты орындаушысы болып тағайындала алатын қызметкерлер. Қосылған әрбір қызметкер бірден сақталады.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>The list is empty. Add the first staff member below.</source>
        <translation>Тізім бос. Бірінші қызметкерді төменде қосыңыз.</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Қызметкер қосу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>Surname, given name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>P&amp;osition (not required):</source>
        <translation>&amp;Лауазымы (міндетті емес):</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Тізімге қосу</translation>
    </message>
</context>
<context>
    <name>StampLabel</name>
    <message>
        <source>Registration stamp No. {0}</source>
        <translation>№ {0} тіркеу мөртабаны</translation>
    </message>
    <message>
        <source>Registration stamps: {0}</source>
        <translation>Тіркеу мөртабандары: {0}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
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
    <name>SubjectDialog</name>
    <message>
        <source>A person&apos;s data</source>
        <translation>Тұлғаның деректері</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Есепті &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>Есеп P&amp;DF түрінде…</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>Бұғаттан &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>Бұ&amp;ғаттау…</translation>
    </message>
    <message>
        <source>Type the person&apos;s IIN and press Look up.</source>
        <translation>Тұлғаның ЖСН-ін теріп, «Іздеу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Cards holding the person: {0}.</source>
        <translation>Тұлға бар карточкалар: {0}.</translation>
    </message>
    <message>
        <source>Blocked since {0} by {1}; requested {2}, due {3}.</source>
        <translation>{0} бастап {1} бұғаттаған; өтініш {2}, мерзімі {3}.</translation>
    </message>
    <message>
        <source>Unblocked on {0}: the data were destroyed by act No. {1}.</source>
        <translation>{0} бұғаттан шығарылды: деректер № {1} актімен жойылды.</translation>
    </message>
    <message>
        <source>Unblocked on {0}.</source>
        <translation>{0} бұғаттан шығарылды.</translation>
    </message>
    <message>
        <source>Destroying would touch {0} records: {1} cards of the person alone, {2} collective cards, {3} cards mentioning the IIN, {4} unfiled scans.</source>
        <translation>Жою {0} жазбаға әсер етеді: тек осы тұлғаның {1} карточкасы, {2} ұжымдық карточка, ЖСН аталған {3} карточка, {4} тіркелмеген скан.</translation>
    </message>
    <message>
        <source>Subject-access report</source>
        <translation>Субъектінің дербес деректері туралы анықтама</translation>
    </message>
    <message>
        <source>Unblock the person&apos;s data</source>
        <translation>Тұлғаның деректерін бұғаттан шығару</translation>
    </message>
    <message>
        <source>Block the person&apos;s data</source>
        <translation>Тұлғаның деректерін бұғаттау</translation>
    </message>
    <message>
        <source>Reason (the request or the finding):</source>
        <translation>Себебі (өтініш немесе анықталған жағдай):</translation>
    </message>
    <message>
        <source>State the basis: the decision&apos;s number and date, or the finding.</source>
        <translation>Негіздемені көрсетіңіз: шешімнің нөмірі мен күні немесе анықталған жағдай.</translation>
    </message>
</context>
<context>
    <name>SubjectReport</name>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>басып шығарылды</translation>
    </message>
    <message>
        <source>written out</source>
        <translation>файлға шығарылды</translation>
    </message>
    <message>
        <source>transferred to a third party</source>
        <translation>үшінші тұлғаға берілді</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>бұғатталды</translation>
    </message>
    <message>
        <source>unblocked</source>
        <translation>бұғаттан шығарылды</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <source>registration card</source>
        <translation>тіркеу карточкасы</translation>
    </message>
    <message>
        <source>electronic copy of the papers</source>
        <translation>құжаттардың электрондық көшірмесі</translation>
    </message>
    <message>
        <source>the person&apos;s data</source>
        <translation>тұлғаның деректері</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>іздеу нәтижелері</translation>
    </message>
    <message>
        <source>list of the journal</source>
        <translation>журнал тізімі</translation>
    </message>
    <message>
        <source>personal-data security breach</source>
        <translation>дербес деректер қауіпсіздігінің бұзылуы</translation>
    </message>
    <message>
        <source>backup of the registry</source>
        <translation>тізілімнің сақтық көшірмесі</translation>
    </message>
    <message>
        <source>ground for processing (consent)</source>
        <translation>өңдеу негізі (келісім)</translation>
    </message>
    <message>
        <source>destruction act</source>
        <translation>жою актісі</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>тегі</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>name of the organization</source>
        <translation>ұйымның атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электрондық поштасы</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <source>website</source>
        <translation>веб-сайты</translation>
    </message>
    <message>
        <source>text of the appeal</source>
        <translation>өтініш мәтіні</translation>
    </message>
    <message>
        <source>electronic copies (scans) of the papers</source>
        <translation>құжаттардың электрондық көшірмелері (сканерленген)</translation>
    </message>
    <message>
        <source>as the applicant</source>
        <translation>өтініш беруші ретінде</translation>
    </message>
    <message>
        <source>as the respondent</source>
        <translation>жауапкер ретінде</translation>
    </message>
    <message>
        <source>incoming appeal</source>
        <translation>кіріс өтініш</translation>
    </message>
    <message>
        <source>outgoing letter</source>
        <translation>шығыс хат</translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation>Өңдеу мақсаты</translation>
    </message>
    <message>
        <source>Registration, consideration and control of consumers&apos; appeals to the body for the pre-trial settlement of consumer disputes (Law of the Republic of Kazakhstan "On the protection of consumer rights"; the Rules of registration and consideration of appeals); replies to the applicant; pre-trial settlement of disputes. The data are used for no other purpose (Law on personal data, art. 7(8), 14).</source>
        <translation>Тұтынушылардың тұтынушылық дауларды сотқа дейін реттеу органына өтініштерін тіркеу, қарау және бақылау (Қазақстан Республикасының «Тұтынушылардың құқықтарын қорғау туралы» Заңы; өтініштерді тіркеу және қарау қағидалары); өтініш берушіге жауап беру; дауларды сотқа дейін реттеу. Деректер басқа мақсатқа пайдаланылмайды (Дербес деректер туралы заң, 7-бап 8-тармақ, 14-бап).</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Processing necessary for the body to perform its functions established by law (Law "On personal data and their protection" No. 94-V, art. 9) and the consent the applicant gives with the appeal (art. 7, 8).</source>
        <translation>Органның заңмен белгіленген функцияларын орындауы үшін қажетті өңдеу («Дербес деректер және оларды қорғау туралы» № 94-V Заң, 9-бап) және өтініш берушінің өтінішпен бірге беретін келісімі (7, 8-баптар).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>The appeal and the documents the applicant or their representative submitted (on paper, by e-mail or through e-government services), and the replies of the body.</source>
        <translation>Өтініш беруші немесе оның өкілі ұсынған өтініш пен құжаттар (қағаз түрінде, электрондық пошта арқылы немесе электрондық үкімет қызметтері арқылы) және органның жауаптары.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Өңдеу тәсілдері</translation>
    </message>
    <message>
        <source>Automated processing in the registry of appeals (registration cards, electronic copies of the papers, execution control) by staff whose roles allow it; every access is recorded in the audit trail.</source>
        <translation>Өтініштер тізілімінде автоматтандырылған өңдеу (тіркеу карточкалары, құжаттардың электрондық көшірмелері, орындалуын бақылау) рөлдері рұқсат беретін қызметкерлермен жүргізіледі; әрбір қол жеткізу аудит журналында тіркеледі.</translation>
    </message>
    <message>
        <source>Storage periods</source>
        <translation>Сақтау мерзімдері</translation>
    </message>
    <message>
        <source>Kept for the storage periods of appeal files; when they run out the data are destroyed and a destruction act is drawn up (Law on personal data, art. 12).</source>
        <translation>Өтініштер істерінің сақтау мерзімдері ішінде сақталады; мерзімдер өткенде деректер жойылады және жою актісі жасалады (Дербес деректер туралы заң, 12-бап).</translation>
    </message>
    <message>
        <source>Provided free of charge (Law on personal data, art. 25). Actions are numbered in the order of the registry&apos;s tamper-evident audit trail.</source>
        <translation>Тегін беріледі (Дербес деректер туралы заң, 25-бап). Әрекеттер тізілімнің өзгертуден қорғалған аудит журналындағы ретімен нөмірленген.</translation>
    </message>
    <message>
        <source>Subject-access report {0}</source>
        <translation>Субъектінің дербес деректері туралы анықтама {0}</translation>
    </message>
    <message>
        <source>No. {0}</source>
        <translation>№ {0}</translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation>алушы: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>registered {0}</source>
        <translation>тіркелген күні {0}</translation>
    </message>
    <message>
        <source>electronic copies: {0}</source>
        <translation>электрондық көшірмелер: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>card {0}</source>
        <translation>карточка {0}</translation>
    </message>
    <message>
        <source>letter {0}</source>
        <translation>хат {0}</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>орындаған: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Report on the personal data held in the registry of appeals</source>
        <translation>Өтініштер тізілімінде сақталған дербес деректер туралы анықтама</translation>
    </message>
    <message>
        <source>IIN/BIN:</source>
        <translation>ЖСН/БСН:</translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation>Жасалған уақыты:</translation>
    </message>
    <message>
        <source>Astana time</source>
        <translation>Астана уақыты</translation>
    </message>
    <message>
        <source>Data held:</source>
        <translation>Деректер сақталады ма:</translation>
    </message>
    <message>
        <source>Cards holding the person&apos;s data</source>
        <translation>Тұлғаның деректері бар карточкалар</translation>
    </message>
    <message>
        <source>Personal data held</source>
        <translation>Сақталатын дербес деректер</translation>
    </message>
    <message>
        <source>Actions on the person&apos;s data (audit trail)</source>
        <translation>Тұлғаның деректерімен жасалған әрекеттер (аудит журналы)</translation>
    </message>
    <message>
        <source>Third parties the data went to</source>
        <translation>Деректер берілген үшінші тұлғалар</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Synchronisation conflicts</source>
        <translation>Синхрондау қайшылықтары</translation>
    </message>
    <message>
        <source>The same field was changed at two workstations before they synchronised. The central store kept one value and the other waits here: nothing is overwritten until a supervisor chooses which one stays.</source>
        <translation>Бір өріс екі жұмыс орнында синхрондауға дейін өзгертілген. Орталық дерекқор бір мәнді сақтады, екіншісі осында күтіп тұр: басшы қайсысы қалатынын таңдамайынша, ештеңе қайта жазылмайды.</translation>
    </message>
    <message>
        <source>Only a supervisor resolves conflicts; you can look at them here.</source>
        <translation>Қайшылықтарды тек басшы шешеді; сіз оларды осында көре аласыз.</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Шешілгендерін &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;Keep the central value</source>
        <translation>Орталық &amp;мәнді қалдыру</translation>
    </message>
    <message>
        <source>The value on the central store stays; the other is dropped</source>
        <translation>Орталық дерекқордағы мән қалады; екіншісі алынып тасталады</translation>
    </message>
    <message>
        <source>&amp;Use the workstation&apos;s value</source>
        <translation>Жұмыс &amp;орнының мәнін алу</translation>
    </message>
    <message>
        <source>The other workstation&apos;s value replaces the central one everywhere</source>
        <translation>Басқа жұмыс орнының мәні барлық жерде орталық мәннің орнына жазылады</translation>
    </message>
    <message>
        <source>Card No.</source>
        <translation>Карточка №</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Central value</source>
        <translation>Орталық мән</translation>
    </message>
    <message>
        <source>Workstation&apos;s value</source>
        <translation>Жұмыс орнының мәні</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <source>Waiting for a decision: {0}</source>
        <translation>Шешім күтуде: {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Exchange changes with the central store now ({0})</source>
        <translation>Орталық дерекқормен өзгерістерді қазір алмасу ({0})</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
    <message>
        <source>Fields changed at two workstations, waiting for a supervisor</source>
        <translation>Екі жұмыс орнында өзгертілген, басшыны күтіп тұрған өрістер</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>Синхрондау &amp;мәселелері…</translation>
    </message>
    <message>
        <source>Changes the central store refused</source>
        <translation>Орталық дерекқор қабылдамаған өзгерістер</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>A synchronisation is already running; you will be told how it ends.</source>
        <translation>Синхрондау жүріп жатыр; оның қалай аяқталғаны хабарланады.</translation>
    </message>
    <message>
        <source>Synchronised: {0} changes sent, {1} received</source>
        <translation>Синхрондалды: {0} өзгеріс жіберілді, {1} алынды</translation>
    </message>
    <message>
        <source>Conflicts: {0}</source>
        <translation>Қайшылықтар: {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Қабылданбағаны: {0}</translation>
    </message>
    <message>
        <source>{0} changes sent, {1} received</source>
        <translation>{0} өзгеріс жіберілді, {1} алынды</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Синхрондалды</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхрондау</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The CA certificate of the central store</source>
        <translation>Орталық дерекқордың CA сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаттар (*.crt *.pem *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Disconnect from the central store</source>
        <translation>Орталық дерекқордан ажырату</translation>
    </message>
    <message>
        <source>This workstation stops synchronising. Everything registered here stays here; changes not sent yet are sent only if it is connected again. The password leaves this computer&apos;s keyring.

Disconnect now?</source>
        <translation>Бұл жұмыс орны синхрондауды тоқтатады. Осында тіркелгеннің бәрі осында қалады; әлі жіберілмеген өзгерістер ол қайта қосылғанда ғана жіберіледі. Құпиясөз бұл компьютердің кілттер қоймасынан өшіріледі.

Қазір ажырату керек пе?</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>кілттер қоймасында сақтаулы</translation>
    </message>
    <message>
        <source>Now: standalone. This registry is kept on this computer only.</source>
        <translation>Қазір: дербес жұмыс. Бұл тізілім тек осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Now: synced with {0} as workstation {1}. The central store gave it the code {2}: every new registration number here carries it.</source>
        <translation>Қазір: {0} дерекқорымен {1} жұмыс орны ретінде синхрондалады. Орталық дерекқор оған {2} кодын берді: осындағы әрбір жаңа тіркеу нөмірінде ол бар.</translation>
    </message>
    <message>
        <source>Type the workstation&apos;s password (it is asked for at every connection and kept in the keyring).</source>
        <translation>Жұмыс орнының құпиясөзін теріңіз (ол әр қосылған сайын сұралады және кілттер қоймасында сақталады).</translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation>Байланыстың қалай шифрланатынын таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no such file. Choose the CA certificate file.</source>
        <translation>Мұндай файл жоқ. CA сертификатының файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>This mode checks the server against a CA certificate: choose its file, or another encryption mode.</source>
        <translation>Бұл режим серверді CA сертификаты бойынша тексереді: оның файлын немесе шифрлаудың басқа режимін таңдаңыз.</translation>
    </message>
    <message>
        <source>Type the address as postgresql://server:port/database, such as postgresql://db.example.kz:5432/registry.</source>
        <translation>Мекенжайды postgresql://сервер:порт/дерекқор түрінде теріңіз, мысалы postgresql://db.example.kz:5432/registry.</translation>
    </message>
    <message>
        <source>The address must not hold the password: type it in the password field.</source>
        <translation>Мекенжайда құпиясөз болмауы керек: оны құпиясөз өрісіне теріңіз.</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Ажыратылуда…</translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation>Орталық дерекқорға қосылуда…</translation>
    </message>
    <message>
        <source>Connected. The central store gave this workstation the code {0}.</source>
        <translation>Қосылды. Орталық дерекқор бұл жұмыс орнына {0} кодын берді.</translation>
    </message>
    <message>
        <source>Disconnected. Everything registered stays on this computer.</source>
        <translation>Ажыратылды. Тіркелгеннің бәрі осы компьютерде қалады.</translation>
    </message>
    <message>
        <source>Synchronisation with the central store</source>
        <translation>Орталық дерекқормен синхрондау</translation>
    </message>
    <message>
        <source>Several workstations of one body can share one central PostgreSQL store. Each keeps working on its own copy when the network is down, and exchanges changes with the central store every 5 minutes and on demand (F9). Registration numbers never collide: each workstation&apos;s code is part of them.</source>
        <translation>Бір субъектінің бірнеше жұмыс орны бір орталық PostgreSQL дерекқорын ортақ пайдалана алады. Желі болмағанда әрқайсысы өз көшірмесінде жұмысын жалғастырады және орталық дерекқормен әр 5 минут сайын және сұрау бойынша (F9) өзгерістер алмасады. Тіркеу нөмірлері ешқашан қайталанбайды: оларға әр жұмыс орнының коды кіреді.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>S&amp;tandalone: this computer only</source>
        <translation>&amp;Дербес: тек осы компьютер</translation>
    </message>
    <message>
        <source>S&amp;ynced with a central store</source>
        <translation>Орталық дерекқормен &amp;синхрондалады</translation>
    </message>
    <message>
        <source>Central store &amp;address:</source>
        <translation>Орталық дерекқордың &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Given by the central store&apos;s administrator (clerk-app central init); no password in it.</source>
        <translation>Орталық дерекқордың әкімшісі береді (clerk-app central init); құпиясөзсіз.</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring and never shown. To change it, type a new one and connect.</source>
        <translation>Компьютердің кілттер қоймасында сақталады, көрсетілмейді. Өзгерту үшін жаңасын теріп, қосылыңыз.</translation>
    </message>
    <message>
        <source>With the CA&apos;s certificate, verify-full makes sure this workstation talks to the real server.</source>
        <translation>CA сертификатымен verify-full сервердің шынайы екенін тексереді.</translation>
    </message>
    <message>
        <source>&amp;Workstation name on the central store:</source>
        <translation>Орталық дерекқордағы жұмыс &amp;орнының атауы:</translation>
    </message>
    <message>
        <source>The workstation&apos;s PostgreSQL role, created with clerk-app central add-station NAME.</source>
        <translation>Жұмыс орнының PostgreSQL рөлі; оны clerk-app central add-station NAME жасайды.</translation>
    </message>
    <message>
        <source>&amp;Password of the workstation:</source>
        <translation>Жұмыс орнының құ&amp;пиясөзі:</translation>
    </message>
    <message>
        <source>&amp;Encryption of the connection (TLS):</source>
        <translation>Байланысты &amp;шифрлау (TLS):</translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation>&amp;CA сертификатының файлы:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Қос&amp;ылу</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>А&amp;жырату…</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Синхрондау мәселелері</translation>
    </message>
    <message>
        <source>Changes of this workstation that the central store refused, and records received from the central store that do not fit the records here. They wait here and hold up nothing else. For a refused change, fix the cause (often the card itself), then Retry; or Discard the change, and the record takes the central store&apos;s values at the next synchronisation. A received record is tried again by itself at every synchronisation.</source>
        <translation>Орталық дерекқор қабылдамаған осы жұмыс орнының өзгерістері және орталық дерекқордан алынған, осы жердегі жазбалармен үйлеспейтін жазбалар. Олар осында күтеді және басқа ештеңені тоқтатпайды. Қабылданбаған өзгеріс үшін себебін түзетіп (көбіне карточканың өзін), «Қайталау» батырмасын басыңыз; не өзгерістен бас тартыңыз, сонда жазба келесі синхрондауда орталық дерекқордағы мәндерді алады. Алынған жазба әр синхрондауда өздігінен қайта қабылданады.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Send the change again at the next synchronisation</source>
        <translation>Өзгерісті келесі синхрондауда қайта жіберу</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Бас &amp;тарту…</translation>
    </message>
    <message>
        <source>Give the change up: the central store&apos;s values stay</source>
        <translation>Өзгерістен бас тарту: орталық дерекқордағы мәндер қалады</translation>
    </message>
    <message>
        <source>Card No.</source>
        <translation>Карточка №</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Неге қабылданбады</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <source>Sync problems: {0}</source>
        <translation>Синхрондау мәселелері: {0}</translation>
    </message>
    <message>
        <source>It is received again at every synchronisation, with the records that depend on it, and is taken in as soon as the record on the central store or here no longer collides with it. Tell the central store&apos;s administrator.</source>
        <translation>Ол өзіне тәуелді жазбалармен бірге әр синхрондауда қайта алынады және орталық дерекқордағы немесе осындағы жазба онымен қайшы келмей қалған бойда қабылданады. Орталық дерекқордың әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Өзгерістен бас тарту</translation>
    </message>
    <message>
        <source>Discard the refused change of {0}? It will not be sent again, and at the next synchronisation the record here takes the central store&apos;s values.</source>
        <translation>{0} бойынша қабылданбаған өзгерістен бас тарту керек пе? Ол қайта жіберілмейді, ал келесі синхрондауда мұндағы жазба орталық дерекқордағы мәндерді алады.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Connecting to the central store</source>
        <translation>Орталық дерекқорға қосылу</translation>
    </message>
    <message>
        <source>Sending this workstation&apos;s changes</source>
        <translation>Осы жұмыс орнының өзгерістерін жіберу</translation>
    </message>
    <message>
        <source>Sending electronic copies</source>
        <translation>Электрондық көшірмелерді жіберу</translation>
    </message>
    <message>
        <source>Receiving the other workstations&apos; changes</source>
        <translation>Басқа жұмыс орындарының өзгерістерін алу</translation>
    </message>
    <message>
        <source>Receiving electronic copies</source>
        <translation>Электрондық көшірмелерді алу</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Аяқталуда</translation>
    </message>
    <message>
        <source>Encrypted, the server checked against the CA certificate (verify-full)</source>
        <translation>Шифрланған, сервер CA сертификаты бойынша тексеріледі (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the certificate checked against the CA but not the server&apos;s name (verify-ca)</source>
        <translation>Шифрланған, сертификат CA бойынша тексеріледі, бірақ сервер атауы тексерілмейді (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the server not checked (require)</source>
        <translation>Шифрланған, сервер тексерілмейді (require)</translation>
    </message>
    <message>
        <source>Not encrypted (disable): only inside a trusted network</source>
        <translation>Шифрланбаған (disable): тек сенімді желі ішінде</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Applicant of a card</source>
        <translation>Карточканың өтініш берушісі</translation>
    </message>
    <message>
        <source>Edit history of a card</source>
        <translation>Карточканың өзгерістер тарихы</translation>
    </message>
    <message>
        <source>Electronic copy</source>
        <translation>Электрондық көшірме</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Танылған мәтін</translation>
    </message>
    <message>
        <source>Execution control</source>
        <translation>Орындалуын бақылау</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Settlement body</source>
        <translation>Реттеу субъектісі</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Жауапкер тарап</translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation>Мерзім ережесі</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>Role of an account</source>
        <translation>Есептік жазбаның рөлі</translation>
    </message>
    <message>
        <source>Personal data ground</source>
        <translation>Дербес деректерді өңдеу негізі</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <source>Person affected by a breach</source>
        <translation>Бұзушылық қозғаған адам</translation>
    </message>
    <message>
        <source>Destruction act</source>
        <translation>Жою актісі</translation>
    </message>
    <message>
        <source>Record of a destruction act</source>
        <translation>Жою актісінің жазбасы</translation>
    </message>
    <message>
        <source>Blocking of personal data</source>
        <translation>Дербес деректерді бұғаттау</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Қайшылықты шешу</translation>
    </message>
    <message>
        <source>Audit log entry</source>
        <translation>Аудит журналының жазбасы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>BIN/IIN</source>
        <translation>БСН/ЖСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайты</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Субъектінің түрі</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық поштасы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индексі</translation>
    </message>
    <message>
        <source>Number template</source>
        <translation>Нөмір үлгісі</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>Күн түрі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>It refers to a record the central store does not have yet.</source>
        <translation>Ол орталық дерекқорда әлі жоқ жазбаға сілтейді.</translation>
    </message>
    <message>
        <source>Another workstation already sent a record with the same unique value.</source>
        <translation>Басқа жұмыс орны дәл сондай бірегей мәні бар жазбаны жіберіп қойған.</translation>
    </message>
    <message>
        <source>A value breaks a rule of the central store.</source>
        <translation>Мән орталық дерекқордың ережесін бұзады.</translation>
    </message>
    <message>
        <source>A required value is empty.</source>
        <translation>Міндетті мән бос.</translation>
    </message>
    <message>
        <source>This workstation may not change this record.</source>
        <translation>Бұл жұмыс орны бұл жазбаны өзгерте алмайды.</translation>
    </message>
    <message>
        <source>The record was removed on the central store.</source>
        <translation>Жазба орталық дерекқордан алынып тасталған.</translation>
    </message>
    <message>
        <source>The central store refused the change.</source>
        <translation>Орталық дерекқор өзгерісті қабылдамады.</translation>
    </message>
    <message>
        <source>A record received from the central store has the same unique value as one here.</source>
        <translation>Орталық дерекқордан алынған жазбаның бірегей мәні осы жердегі жазбанікімен бірдей.</translation>
    </message>
    <message>
        <source>A record received from the central store does not fit the records here.</source>
        <translation>Орталық дерекқордан алынған жазба осы жердегі жазбалармен үйлеспейді.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} / {2}</translation>
    </message>
    <message>
        <source>Syncing… {0}%</source>
        <translation>Синхрондау… {0}%</translation>
    </message>
    <message>
        <source>Offline — changes waiting: {0}</source>
        <translation>Байланыс жоқ — жіберілмегені: {0}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхрондау сәтсіз</translation>
    </message>
    <message>
        <source>Sync problems: {0}</source>
        <translation>Синхрондау мәселелері: {0}</translation>
    </message>
    <message>
        <source>Conflicts: {0}</source>
        <translation>Қайшылықтар: {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Синхрондалды {0}</translation>
    </message>
    <message>
        <source>Central store: {0}</source>
        <translation>Орталық дерекқор: {0}</translation>
    </message>
    <message>
        <source>Workstation code: {0}</source>
        <translation>Жұмыс орнының коды: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Қазір: {0}</translation>
    </message>
    <message>
        <source>Last synchronisation: {0} (Astana time)</source>
        <translation>Соңғы синхрондау: {0} (Астана уақыты)</translation>
    </message>
    <message>
        <source>Last synchronisation: never</source>
        <translation>Соңғы синхрондау: әлі болған жоқ</translation>
    </message>
    <message>
        <source>Last attempt: {0}</source>
        <translation>Соңғы әрекет: {0}</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {0}</source>
        <translation>Жіберуді күтетін өзгерістер: {0}</translation>
    </message>
    <message>
        <source>Electronic copies waiting to be sent: {0}</source>
        <translation>Жіберуді күтетін электрондық көшірмелер: {0}</translation>
    </message>
    <message>
        <source>Conflicts waiting for a supervisor: {0}</source>
        <translation>Басшыны күтетін қайшылықтар: {0}</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>The central store&apos;s value kept</source>
        <translation>Орталық дерекқордағы мән қалдырылды</translation>
    </message>
    <message>
        <source>The workstation&apos;s value used</source>
        <translation>Жұмыс орнының мәні алынды</translation>
    </message>
</context>
<context>
    <name>TablePainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
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
<context>
    <name>WindowMenus</name>
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
        <source>&amp;Lock the window</source>
        <translation>&amp;Терезені құлыптау</translation>
    </message>
    <message>
        <source>Hide the registry until your password is typed again (Ctrl+L)</source>
        <translation>Құпиясөз қайта терілгенше тізілімді жасыру (Ctrl+L)</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Құпиясөзді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation>&amp;Жүйеден шығу</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>Ка&amp;рточка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>Find cards by their text, the text of their scans, or any field</source>
        <translation>Карточкаларды мәтіні, сканерленген беттерінің мәтіні немесе кез келген өрісі бойынша табу</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>А&amp;нықтамалықтар</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Дербес деректер</translation>
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
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Record the withdrawal of consent</source>
        <translation>Келісімді кері қайтарып алуды тіркеу</translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation>Кері қайтарып алуды тіркеу</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>Кері қайтарып алынған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;How it was withdrawn:</source>
        <translation>&amp;Қалай кері қайтарып алынды:</translation>
    </message>
    <message>
        <source>&amp;Reason given by the person (not required):</source>
        <translation>Адам көрсеткен &amp;себеп (міндетті емес):</translation>
    </message>
    <message>
        <source>The law rules the withdrawal out (art. 8(2)): record it as refused</source>
        <translation>Заң бойынша кері қайтарып алу мүмкін емес (8-баптың 2-тармағы): бас тартылды деп тіркеу</translation>
    </message>
    <message>
        <source>Which &amp;law, or which obligation is unfulfilled:</source>
        <translation>Қай &amp;заң немесе қандай міндеттеме орындалмаған:</translation>
    </message>
</context>
</TS>
