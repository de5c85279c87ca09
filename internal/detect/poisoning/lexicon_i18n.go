package poisoning

// i18nWords continues words and moreWords for Turkish, Arabic,
// Indonesian/Malay, Polish, Dutch, Vietnamese, Hindi, Swedish, Czech,
// Ukrainian and Persian, and completes Portuguese and Italian. Korean and
// more Japanese are in cjkPhrasesMore. Persian words are listed without
// the zero-width non-joiner, which the tokenizer drops.
//
// Languages whose negation is part of the verb (Turkish söyleme, Czech
// neříkej, Persian نگو) list those forms under fConceal directly; the
// rest negate with a separate word (nie, niet, inte, jangan, đừng, मत,
// لا), which the tokenizer already joins with a following telling verb, or
// with one just before it (Dutch "vertel dit niet", Hindi "उल्लेख न करें").
var i18nWords = map[feat]string{
	fUser: `kullanıcı* kullanici* pengguna pemakai użytkownik* uzytkownik* gebruiker*
		användare* uživatel* uzivatel* користувач* utilizador* usuários utenti utente
		المستخدم* للمستخدم* مستخدم* والمستخدم* بالمستخدم* کاربر* उपयोगकर्ता* यूज़र यूजर
		người+dùng`,
	fNeg: `asla olmadan jangan tidak tanpa nie nigdy bez niet niets nooit geen zonder inte ingenting aldrig utan ej
		nikdy ніколи sem nunca لا لم لن دون بدون عدم ولا أبدا أبدًا ابدا هرگز نه نکنید نکن ندهید نده نباید
		đừng không chớ मत नहीं न बिना`,
	fConceal: `söyleme söylemeyin söylemeden bahsetme bahsetmeyin bahsetmeden anlatma anlatmayın
		anlatmadan haber+verme haber+vermeyin açıklamayın
		neříkej neříkejte nezmiňuj nezmiňujte neinformuj neinformujte nesděluj nesdělujte neoznamuj
		neoznamujte neupozorňuj neupozorňujte neprozrazuj neprozrazujte
		نگو نگویید نگوئید نگوید اطلاع+ندهید اطلاع+نده اطلاع+ندهی`,
	fConcealW: `göstermeyin bildirmeden بدون+اطلاع haber+vermeden fark+ettirmeden`,
	fTell: `söyle söyleyin bildir bildirin bahset bahsedin anlat anlatın belirtin haber+ver
		beri+tahu beritahu beritahukan memberi+tahu memberitahu* sebutkan menyebutkan katakan
		mengatakan informasikan menginformasikan ungkapkan kasih+tahu maklumkan
		mów mow mówić powiedz wspominaj wspomnij wspominać informuj poinformuj* powiadamiaj powiadom powiadomić powiadamiając
		ujawniaj zdradzaj mówiąc informowania informując wspominając
		vertel vertellen vermeld vermelden meld melden informeer informeren onthul onthullen zeg
		zeggen noem noemen laat+weten
		berätta nämn nämna informera meddela avslöja upplys*
		říkej řekni zmiňuj zmiň informuj sděl* oznam oznamte oznamuj upozorni informování prozraď
		кажи скажи повідом повідомляй повідомляйте повідомте повідомити повідомляти повідомляючи згадуй згадуйте згадувати згадай розповідай розповідати інформуй інформувати попереджай попередь
		diga dizer mencione avise dirlo dirglielo menzionare avvisa* avvertire rivela* riferire
		تخبر* أخبر* اخبر* إخبار اخبار تذكر تذكري تذكروا تذكره تذكرها ذكر تبلغ* إبلاغ ابلاغ تشر تكشف* تفصح*
		بگو بگویید بگویی بگوید ذکر خبر
		nói đề+cập tiết+lộ báo+cho
		बताना बताएं बताएँ बताओ बताइए बताए बताये बता उल्लेख सूचित ज़िक्र जिक्र`,
	fTellWeak: `biết göster zien weten zobaczyć vědět знати побачити`,
	fHide: `gizlice sessizce diam-diam potajemnie dyskretnie ukradkiem stiekem heimelijk ongemerkt
		obemärkt diskret potají tajně nenápadně таємно непомітно nascosto silenziosamente
		سرًا سرا بصمت خفية مخفیانه بیصدا lặng+lẽ âm+thầm चुपचाप`,
	fRead: `oku okuyun okuyup okuyarak topla toplayın baca bacalah membaca kumpulkan ambil ekstrak
		przeczytaj odczytaj czytaj zbierz pobierz wyodrębnij lees lezen verzamel haal extraheer kopieer
		läs läsa samla hämta extrahera přečti* načti* čti shromáždi získej
		прочитай* читай* зчитай* збери* отримай*
		leia ler extraia obtenha copie leggere estrai* ottieni
		اقرأ إقرأ اقرا قراءة اجمع استخرج انسخ بخوان بخوانید خواندن
		đọc thu+thập lấy trích+xuất पढ़* पढ़ें पढ़ो`,
	fContent: `içerik* içeriğ* değer* isi isinya nilai konten zawartość zawartości wartość wartości
		inhoud waarde* innehåll* värde* obsah* hodnot* вміст* valore valori
		محتوى* محتوي* محتوا* محتويات* قيمة قيم محتوای محتویات
		nội+dung giá+trị सामग्री*`,
	fPass: `koy koyun ekle ekleyin yerleştir* dahil+edin aktar* geçir
		masukkan letakkan sertakan tambahkan lampirkan
		przekaż umieść wstaw dołącz dodaj wpisz podaj
		zet plaats voeg geef vul neem+op
		lägg infoga inkludera bifoga placera
		vlož* předej* přidej* zahrň* uveď
		вставте вставити додай* поміст*
		insira* anexe* coloque* inclua* adicione* coloca metti allega* includi aggiungi
		ضع ضعه ضعها أدرج* ادرج* أضف* اضف* مرر* أرفق* ارفق*
		بگذارید بگذار قرار+دهید قرار+بده درج اضافه
		đặt đưa chèn thêm truyền điền đính+kèm
		डालें डालो डाल रखें रखो शामिल भरें जोड़ें`,
	fSend: `gönder* iletin kirim kirimkan mengirim mengirimkan unggah hantar
		wyślij prześlij wysyłaj przesyłaj stuur verstuur versturen verzend*
		skicka* ladda+upp vidarebefordra odešli* pošli* nahraj*
		надішли* надсилай* відправ*
		carregue inoltra* carica
		أرسل* ارسل* إرسال ارفع ارفعه ارسال بفرست بفرستید آپلود
		gửi tải+lên chuyển+tiếp
		भेजें भेजो भेज* अपलोड`,
	fParamWord: `alan* parametre* argüman* bidang kolom argumen medan
		pole polu pola parametr* veld* fält* parametern parametrar poli polí
		parâmetro* parametro*
		الحقل* حقل* المعامل* معامل* الوسيط* المعلمة* معلمة* فیلد* پارامتر*
		trường tham+số đối+số फ़ील्ड फील्ड पैरामीटर`,
	fSecret: `şifre* parolayı parolanızı parolalar* belirteç* anahtarları anahtarlarını api+anahtarı api+anahtarını özel+anahtar ortam+değişkenleri ortam+değişkenlerini kimlik+bilgileri
		kimlik+bilgilerini kata+sandi sandi kata+laluan kunci+api kunci+privat kunci+rahasia kredensial variabel+lingkungan rahasia
		hasło hasła haseł hasłem klucze kluczy klucz+api klucz+prywatny zmienne+środowiskowe dane+uwierzytelniające
		wachtwoord* sleutels api-sleutel* api+sleutel privésleutel* omgevingsvariabel* inloggegevens
		lösenord* nycklar nycklarna api-nyckel* api+nyckel privat+nyckel miljövariabl* inloggningsuppgift* hemlighet*
		heslo hesla hesel klíče klíčů api+klíč api+klíče soukromý+klíč proměnné+prostředí přihlašovací+údaje
		облікові змінні+оточення змінні+середовища
		chaves chave+api chave+privada credenciais de+ambiente chiave+api chiavi+api chiave+privata chiave+segreta
		كلمة+المرور كلمات+المرور الرمز+المميز رمز+الوصول مفاتيح* المفاتيح* مفتاح+api المفتاح+الخاص مفتاح+الوصول
		متغيرات+البيئة بيانات+الاعتماد الأسرار
		رمز+عبور رمزهای+عبور گذرواژه توکن کلیدها کلیدهای کلید+api کلید+خصوصی متغیرهای+محیطی اعتبارنامه*
		mật+khẩu khóa+api khóa+bí khoá+api môi+trường
		पासवर्ड टोकन कुंजी कुंजियाँ क्रेडेंशियल`,
	fConv: `konuşma* sohbet* percakapan obrolan perbualan rozmow* rozmów czat*
		gesprek* chatgeschiedenis conversatie* konversation* chatthistorik* chattlogg*
		konverzac* розмов* conversazion*
		المحادثة* محادثة* الدردشة* دردشة* موجه+النظام مکالمه* گفتگو*
		trò+chuyện hội+thoại बातचीत वार्तालाप चैट+इतिहास`,
	fModel: `asistan yapay+zeka asisten model+bahasa modelu asystent* asystenta assistent* assistenten
		asistent* асистент* модель моделі
		النموذج المساعد الذكاء+الاصطناعي دستیار مدل trợ+lý मॉडल सहायक`,
	fNoteWord: `önemli talimat* catatan penting instruksi uwaga ważne instrukcj* opmerking belangrijk
		instructie* viktigt poznámka důležité pokyn* примітка увага важливо
		importante atenção atenzione ملاحظة مهم تعليمات* یادداشت مهم دستورالعمل*
		lưu+ý quan+trọng hướng+dẫn नोट महत्वपूर्ण निर्देश`,
}

// i18nMoreWords continues moreWords for the languages of i18nWords.
var i18nMoreWords = map[feat]string{
	fMust: `mutlaka zorunlu* gerekli* gerekir harus wajib mesti musi* musisz należy wymagan* obowiązkow*
		moet moeten verplicht vereist måste obligatorisk* krävs musí* musíš povinn* nutn*
		повинен повинна повинні потрібно має obrigatório obrigatória obbligatori*
		يجب يلزم إلزامي* ضروري* باید الزامی*
		phải bắt+buộc ज़रूर जरूर अवश्य अनिवार्य चाहिए`,
	fAlways: `her+zaman daima her+seferinde selalu sentiasa zawsze altijd alltid vždy завжди
		دائما دائمًا دائماً همیشه luôn luôn+luôn हमेशा`,
	fEvery: `tüm bütün hepsi setiap semua seluruh każd* wszystk* elke elk iedere varje alla allt
		každ* všechn* кожн* усі всі будь-який qualquer ogni كل جميع أي هر همه
		mọi mỗi tất+cả हर सभी`,
	fOrder: `önce sonra öncesinde sebelum setelah sesudah terlebih+dahulu przed najpierw voordat eerst
		nadat daarna innan före först efter před nejprve nejdřív poté після спочатку depois primeiro
		قبل بعد أولا أولاً قبل+از پیش+از ابتدا
		trước sau+khi đầu+tiên पहले बाद`,
	fTrigger: `eğer iken ketika saat jika apabila bila gdy kiedy jeśli jeżeli wanneer zodra indien
		när ifall när+du když pokud jestliže коли якщо sempre+que عند عندما إذا اذا كلما وقتی هنگام اگر
		khi nếu जब अगर यदि`,
	fCall: `çağır* çalıştır* kullan kullanın kullanarak panggil gunakan jalankan eksekusi menggunakan
		wywołaj wywołuj uruchom* wykonaj użyj używaj używając roep aanroep* gebruik voer uitvoeren
		anropa anropar kör använd använder zavolej volej spusť proveď použij použijte
		виклик* викличи виконай* використ* chame usar chiama esegui utilizza
		استدع* استدعاء شغّل شغل نفّذ نفذ استخدم* استخدام فراخوانی اجرا استفاده
		gọi chạy thực+thi sử+dụng कॉल चलाएं चलाएँ उपयोग इस्तेमाल`,
	fToolWord: `araç* aracı* sunucu* fonksiyon* alat fungsi narzędzi* serwer* funkcj* hulpmiddel* functie*
		gereedschap* verktyg* servern nástroj* інструмент* сервер* ferramenta* strumento*
		الأداة أداة الاداة اداة أدوات الأدوات الخادم خادم دالة ابزار* سرور*
		công+cụ máy+chủ hàm टूल उपकरण सर्वर फ़ंक्शन`,
	fThisTool: `bu+araç bu+aracı bu+aracın bu+aracını alat+ini tego+narzędzia to+narzędzie tym+narzędziem
		deze+tool dit+hulpmiddel deze+functie detta+verktyg här+verktyget tento+nástroj tohoto+nástroje
		цей+інструмент цього+інструменту esta+ferramenta este+servidor questo+strumento
		هذه+الأداة هذه+الاداة این+ابزار cụ+này इस+टूल यह+टूल`,
	fChange: `değiştir* ubah ganti gantikan alihkan zmień zamień zastąp podmień wijzig* vervang* verander*
		ändra ersätt byt omdirigera změň* nahraď* зміни* заміни* troque mude altere substitua
		sostituisci modifica cambia استبدل* بدّل عدّل تغيير تغییر جایگزین*
		thay+đổi thay+thế đổi बदलें बदल*`,
	fRecip: `alıcı* hesap* hesab* penerima akun odbiorc* konto konta ontvanger* rekening* mottagare* konto*
		příjemc* účet účtu одержувач* отримувач* рахун* destinatário* destinatari* conta
		المستلم* مستلم* الحساب حساب گیرنده* حساب
		người+nhận tài+khoản प्राप्तकर्ता खाता`,
	fConfirm: `onay* konfirmasi persetujuan izin potwierdz* zgody zgoda zgodę bevestig* toestemming goedkeuring
		bekräft* godkänn* tillstånd potvrz* souhlas* підтвердж* дозвол* confirmação permissão autorização
		conferma* autorizzazione permesso تأكيد موافقة إذن تأیید تایید اجازه xác+nhận cho+phép पुष्टि अनुमति`,
	fResult:   `sonuç* hasil wynik* resultaat uitkomst výsled* результат* resultado* risultat* نتيجة نتیجه kết+quả परिणाम`,
	fPathWord: `yol dosya+yolu jalur ścieżk* sökväg cesta шлях caminho percorso مسار مسیر đường+dẫn पथ`,
	fIgnore: `yoksay* yok+say yok+sayın görmezden abaikan zignoruj ignoruj negeer negera ignoruj* ігноруй забудь ignore ignora
		تجاهل نادیده ignorar bỏ+qua अनदेखा`,
	fExecWord: `komut* perintah polecen* opdracht* kommando* příkaz* команд* comando comandi أمر الأمر دستور lệnh कमांड`,
	fAlso:     `ayrıca juga także również ook också také також também anche أيضا أيضًا همچنین cũng भी`,
	fPrev:     `önceki sebelumnya poprzedni* vorige eerdere tidigare předchozí попередн* anterior precedenti السابقة قبلی trước+đó पिछले`,
	fInstrAI: `talimatları instruksi instrukcje instructies instruktioner pokyny інструкції istruzioni instruções التعليمات دستورالعملها hướng+dẫn निर्देशों
		sicurezza segurança bezpieczeństw* безпек* bezpečnost* güvenlik* keamanan veiligheid* säkerhet*
		الأمان السلامة ایمنی an+toàn सुरक्षा`,
	// Disabling, in the languages that have no English phrase for it in
	// jailbreakRe: imperatives, and forms that also describe
	// (desactiva, 关闭), which the rule only takes with a quantifier or an
	// address to the model.
	fDisable: `отключи отключите отключай отключайте выключи выключите деактивируй деактивируйте сними снимите
		вимкни вимкніть відключи відключіть
		deaktiviere deaktivieren deaktiviert abschalten schalte
		désactive désactivez désactiver
		desactiva desactive desactivá desactivar desativa desative desativar
		disattiva disattivate disattivare disabilita disabilitate
		wyłącz wyłączcie vypni vypněte vypnout nonaktifkan matikan
		schakel uitschakelen inaktivera stäng+av devre+dışı
		عطّل عطل أوقف اوقف غیرفعال tắt vô+hiệu+hóa अक्षम`,
}

// cjkPhrasesMore continues cjkPhrases: Korean (written with spaces, so a
// phrase may span two runs: "이 도구") and more Japanese.
var cjkPhrasesMore = map[string]feat{
	// Korean.
	"사용자": fUser, "유저": fUser,
	"알리지": fTell, "말하지": fTell, "언급하지": fTell, "알려주지": fTell, "공개하지": fTell, "보고하지": fTell, "전하지": fTell,
	"알리지마": fConceal, "말하지마": fConceal, "언급하지마": fConceal, "알려주지마": fConceal, "모르게": fConceal,
	"하지 말": fNeg, "하지 마": fNeg, "묻지 말": fNoConfirm, "묻지 마": fNoConfirm,
	"몰래": fHide, "조용히": fHide, "은밀히": fHide,
	"읽어": fRead, "읽고": fRead, "읽은": fRead, "수집": fRead, "추출": fRead, "가져와": fRead,
	"내용": fContent, "값을": fContent,
	"넣어": fPass, "넣고": fPass, "넣으": fPass, "포함": fPass, "전달": fPass, "첨부": fPass, "추가": fPass,
	"전송": fSend, "보내": fSend, "업로드": fSend,
	"매개변수": fParamWord, "파라미터": fParamWord, "필드": fParamWord, "인자": fParamWord,
	"비밀번호": fSecret, "토큰": fSecret, "비밀키": fSecret, "개인키": fSecret, "자격증명": fSecret,
	"자격 증명": fSecret, "환경변수": fSecret, "환경 변수": fSecret, "인증정보": fSecret, "인증 정보": fSecret, "API 키": fSecret,
	"대화": fConv, "채팅 기록": fConv, "시스템 프롬프트": fConv | fInstrAI,
	"어시스턴트": fModel, "모델": fModel,
	"중요": fNoteWord, "참고": fNoteWord, "지시": fNoteWord,
	"반드시": fMust, "해야": fMust,
	"항상": fAlways, "매번": fAlways, "모든": fEvery,
	"전에": fOrder, "먼저": fOrder, "후에": fOrder,
	"때": fTrigger, "경우": fTrigger,
	"호출": fCall | fCalled, "실행": fCall, "사용하": fCall | fCalled, "사용할": fCall | fCalled, "사용될": fCalled, "사용되": fCalled,
	"도구": fToolWord, "툴": fToolWord, "서버": fToolWord, "함수": fToolWord,
	"이 도구": fThisTool, "이 툴": fThisTool,
	"변경": fChange, "바꾸": fChange, "대체": fChange,
	"수신자": fRecip, "받는 사람": fRecip, "계정": fRecip, "숨은 참조": fRecip, "계좌": fRecip, "수취": fRecip,
	"예금주": fRecip, "받는 주소": fRecip, "참석자": fRecip,
	"보이지 않게": fConcealW, "보이지 않도록": fConcealW, "드러나지 않게": fConcealW,
	"확인": fConfirm, "승인": fConfirm, "무시": fIgnore, "지침": fInstrAI,
	"안전 규칙": fInstrAI, "안전 검사": fInstrAI, "안전 정책": fInstrAI, "안전 지침": fInstrAI, "보안 검사": fInstrAI,
	"보안 규칙": fInstrAI, "보안 정책": fInstrAI, "안전장치": fInstrAI, "비활성화": fDisable, "끄세요": fDisable,
	"명령": fExecWord, "결과": fResult, "경로": fPathWord,
	// Japanese.
	"教えない": fConceal, "通知しない": fConceal, "言及しない": fConceal, "報告しない": fConceal,
	"明かさない": fConceal, "気付かれない": fConceal, "気づかれない": fConceal, "内緒": fConceal, "黙って": fConceal,
	"密かに": fHide, "ひそかに": fHide,
	"読み取": fRead, "収集": fRead, "抽出": fRead,
	"含め": fPass, "追加": fPass, "添付": fPass, "転送": fSend,
	"フィールド": fParamWord, "パラメーター": fParamWord,
	"認証情報": fSecret, "アクセスキー": fSecret, "シークレット": fSecret, "APIキー": fSecret,
	"会話履歴": fConv, "チャット履歴": fConv, "履歴": fConv, "システムプロンプト": fConv | fInstrAI,
	"後に": fOrder, "最初に": fOrder, "まず": fOrder, "毎回": fAlways,
	"サーバー": fToolWord, "置き換": fChange, "受信者": fRecip, "アカウント": fRecip,
	"口座": fRecip, "振込先": fRecip, "送金先": fRecip, "送信先": fRecip, "送り先": fRecip,
	"呼び出され": fCall | fCalled, "使われ": fCalled, "使用され": fCalled, "実行され": fCalled,
	"承認": fConfirm, "必須": fMust, "格納": fPass, "追記": fPass, "貼り付け": fPass, "埋め込": fPass,
	"表示しない": fConcealW, "見せない": fConcealW, "確認は不要": fNoConfirm, "確認不要": fNoConfirm, "確認せず": fNoConfirm,
	"安全ルール": fInstrAI, "安全チェック": fInstrAI, "安全対策": fInstrAI, "安全規則": fInstrAI, "安全ポリシー": fInstrAI,
	"安全フィルター": fInstrAI, "安全性チェック": fInstrAI, "セーフティ": fInstrAI, "ガードレール": fInstrAI,
	"安全检查": fInstrAI, "安全限制": fInstrAI, "安全策略": fInstrAI, "安全措施": fInstrAI, "安全过滤": fInstrAI,
	"無効に": fDisable, "無効化": fDisable, "オフにして": fDisable, "关闭": fDisable, "禁用": fDisable, "停用": fDisable,
}
