<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name />
    <message>
        <source>budget must be an object such as {"tokens": 50000, "cost": 2.5}</source>
        <translation>budget {"tokens": 50000, "cost": 2.5} gibi bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>budget: unknown member '%1' (it takes tokens and cost)</source>
        <translation>budget: bilinmeyen üye '%1' (tokens ve cost alır)</translation>
    </message>
    <message>
        <source>budget.tokens must be a whole number of 0 or more</source>
        <translation>budget.tokens 0 ya da daha büyük bir tamsayı olmalıdır</translation>
    </message>
    <message>
        <source>budget.cost must be an amount of 0 or more</source>
        <translation>budget.cost 0 ya da daha büyük bir tutar olmalıdır</translation>
    </message>
</context>
<context>
    <name>altrunner::AltFileStore</name>
    <message>
        <source>this server has no ALT_FILES_DIR: send the ALT file itself as alt_file</source>
        <translation>bu sunucuda ALT_FILES_DIR yok: ALT dosyasının kendisini alt_file olarak gönderin</translation>
    </message>
    <message>
        <source>altFileId must be a plain file id, not '%1'</source>
        <translation>altFileId düz bir dosya kimliği olmalıdır, '%1' değil</translation>
    </message>
    <message>
        <source>ALT_FILES_DIR %1 does not exist</source>
        <translation>ALT_FILES_DIR %1 yok</translation>
    </message>
    <message>
        <source>altFileId '%1' leads outside ALT_FILES_DIR</source>
        <translation>altFileId '%1' ALT_FILES_DIR dışına çıkıyor</translation>
    </message>
    <message>
        <source>no ALT file with id '%1' in ALT_FILES_DIR (tried %2)</source>
        <translation>ALT_FILES_DIR içinde '%1' kimlikli ALT dosyası yok (denenenler: %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::AltLoader</name>
    <message>
        <source>JSON syntax: unterminated object (a missing ',' or '}'?)</source>
        <translation>JSON sözdizimi: kapanmamış nesne (eksik bir ',' ya da '}'?)</translation>
    </message>
    <message>
        <source>JSON syntax: expected ':' after a member name</source>
        <translation>JSON sözdizimi: üye adından sonra ':' bekleniyordu</translation>
    </message>
    <message>
        <source>JSON syntax: unterminated array (a missing ',' or ']'?)</source>
        <translation>JSON sözdizimi: kapanmamış dizi (eksik bir ',' ya da ']'?)</translation>
    </message>
    <message>
        <source>JSON syntax: expected ',' between values</source>
        <translation>JSON sözdizimi: değerler arasında ',' bekleniyordu</translation>
    </message>
    <message>
        <source>JSON syntax: illegal value</source>
        <translation>JSON sözdizimi: geçersiz değer</translation>
    </message>
    <message>
        <source>JSON syntax: the input ends inside a number</source>
        <translation>JSON sözdizimi: girdi bir sayının ortasında bitiyor</translation>
    </message>
    <message>
        <source>JSON syntax: illegal number</source>
        <translation>JSON sözdizimi: geçersiz sayı</translation>
    </message>
    <message>
        <source>JSON syntax: illegal escape sequence in a string</source>
        <translation>JSON sözdizimi: dizgede geçersiz kaçış dizisi</translation>
    </message>
    <message>
        <source>JSON syntax: invalid UTF-8 in a string</source>
        <translation>JSON sözdizimi: dizgede geçersiz UTF-8</translation>
    </message>
    <message>
        <source>JSON syntax: unterminated string</source>
        <translation>JSON sözdizimi: kapanmamış dizge</translation>
    </message>
    <message>
        <source>JSON syntax: expected an object member name in double quotes (a trailing comma?)</source>
        <translation>JSON sözdizimi: çift tırnak içinde bir üye adı bekleniyordu (sondaki fazla virgül?)</translation>
    </message>
    <message>
        <source>JSON syntax: nesting too deep</source>
        <translation>JSON sözdizimi: iç içe yapı çok derin</translation>
    </message>
    <message>
        <source>JSON syntax: document too large</source>
        <translation>JSON sözdizimi: belge çok büyük</translation>
    </message>
    <message>
        <source>JSON syntax: unexpected text after the end of the document</source>
        <translation>JSON sözdizimi: belgenin sonundan sonra beklenmeyen metin</translation>
    </message>
    <message>
        <source>JSON syntax error</source>
        <translation>JSON sözdizimi hatası</translation>
    </message>
    <message>
        <source>cannot open the file: it does not exist</source>
        <translation>dosya açılamıyor: böyle bir dosya yok</translation>
    </message>
    <message>
        <source>cannot open the file: it is a directory</source>
        <translation>dosya açılamıyor: bu bir klasör</translation>
    </message>
    <message>
        <source>file too large: %1 bytes (the limit is %2 bytes)</source>
        <translation>dosya çok büyük: %1 bayt (sınır %2 bayt)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>dosya açılamıyor: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>dosya okunamıyor: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1)</source>
        <translation>dosya geçerli UTF-8 değil (bayt 0x%1)</translation>
    </message>
    <message>
        <source>the file is empty: an ALT file is a JSON object</source>
        <translation>dosya boş: bir ALT dosyası bir JSON nesnesidir</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>iç içe yapı %1 düzeyden derin</translation>
    </message>
    <message>
        <source>the top level must be a JSON object, not %1</source>
        <translation>en üst düzey %1 değil, bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>bir dizi</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>tekil bir değer</translation>
    </message>
    <message>
        <source>the top level must be a mapping of the ALT file's fields</source>
        <translation>en üst düzey, ALT dosyasının alanlarından oluşan bir eşleme olmalıdır</translation>
    </message>
</context>
<context>
    <name>altrunner::AltSketch</name>
    <message>
        <source>The graph cannot be drawn: the file cannot be read whole.</source>
        <translation>Grafik çizilemiyor: dosya bütünüyle okunamıyor.</translation>
    </message>
    <message>
        <source>The graph cannot be drawn: the file has no list of tasks.</source>
        <translation>Grafik çizilemiyor: dosyada görev listesi yok.</translation>
    </message>
    <message>
        <source>This file cannot run until its problems are fixed; the tasks they concern are marked.</source>
        <translation>Bu dosya sorunları düzeltilene dek çalışamaz; ilgili görevler işaretlendi.</translation>
    </message>
    <message>
        <source>The graph cannot be drawn until the file can be read; the problems below say where it cannot.</source>
        <translation>Dosya okunabilene dek grafik çizilemez; aşağıdaki sorunlar nerede okunamadığını söylüyor.</translation>
    </message>
</context>
<context>
    <name>altrunner::AnswerJson</name>
    <message>
        <source>the answer is empty, not JSON</source>
        <translation>yanıt boş, JSON değil</translation>
    </message>
    <message>
        <source>the answer holds more than one JSON value</source>
        <translation>yanıtta birden fazla JSON değeri var</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at character %2); it begins: %3</source>
        <translation>yanıt JSON değil (%2. karakterde %1); şöyle başlıyor: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::AnswerPane</name>
    <message>
        <source>Copy Answer</source>
        <translation>Yanıtı Kopyala</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>İstemi Kopyala</translation>
    </message>
    <message>
        <source>Copy Both</source>
        <translation>İkisini de Kopyala</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>İstem:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Yanıt:</translation>
    </message>
    <message>
        <source>Read in a Tab</source>
        <translation>Sekmede Oku</translation>
    </message>
    <message>
        <source>Show this task in the large Answer tab</source>
        <translation>Bu görevi büyük Yanıt sekmesinde göster</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Parsed answer</source>
        <translation>Ayrıştırılmış yanıt</translation>
    </message>
    <message>
        <source>Parsed answer (output.json, matches the output schema)</source>
        <translation>Ayrıştırılmış yanıt (output.json, çıktı şemasına uyuyor)</translation>
    </message>
</context>
<context>
    <name>altrunner::ApiServer</name>
    <message>
        <source>refusing to listen on %1 without a token: anyone who can reach it could start work on this machine (give --token or ALTRUNNER_API_TOKEN)</source>
        <translation>%1 adresinde belirteç olmadan dinlenmiyor: erişebilen herkes bu makinede iş başlatabilir (--token ya da ALTRUNNER_API_TOKEN verin)</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 adresinde %2 numaralı bağlantı noktası dinlenemiyor: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::ApprovalBanner</name>
    <message>
        <source>Show Them</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>List the tasks that wait for your decision</source>
        <translation>Kararınızı bekleyen görevleri listeler</translation>
    </message>
    <message>
        <source>1 task waits for you: approve, edit or reject it before what depends on it runs.</source>
        <translation>1 görev sizi bekliyor: ona bağlı olanlar çalışmadan önce onaylayın, düzenleyin ya da reddedin.</translation>
    </message>
    <message>
        <source>%1 tasks wait for you: approve, edit or reject them before what depends on them runs.</source>
        <translation>%1 görev sizi bekliyor: onlara bağlı olanlar çalışmadan önce onaylayın, düzenleyin ya da reddedin.</translation>
    </message>
</context>
<context>
    <name>altrunner::ApprovalPane</name>
    <message>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Edit and Approve…</source>
        <translation>Düzenle ve Onayla…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reddet…</translation>
    </message>
    <message>
        <source>Let the answer flow on to the tasks that depend on it</source>
        <translation>Yanıt, ona bağlı görevlere geçsin</translation>
    </message>
    <message>
        <source>Change the answer, then approve it: later tasks receive your version</source>
        <translation>Yanıtı değiştirip onaylayın: sonraki görevler sizin sürümünüzü alır</translation>
    </message>
    <message>
        <source>Stop here: the tasks that depend on it are cancelled</source>
        <translation>Burada durun: ona bağlı görevler iptal edilir</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Sizi bekliyor</translation>
    </message>
    <message>
        <source>Approved by itself at %1 unless you decide first.</source>
        <translation>Siz önce karar vermezseniz %1 saatinde kendiliğinden onaylanır.</translation>
    </message>
    <message>
        <source>Rejected by itself at %1 unless you decide first.</source>
        <translation>Siz önce karar vermezseniz %1 saatinde kendiliğinden reddedilir.</translation>
    </message>
    <message>
        <source>Edit and Approve</source>
        <translation>Düzenle ve Onayla</translation>
    </message>
    <message>
        <source>The answer of '%1' as the tasks after it will receive it:</source>
        <translation>'%1' görevinin yanıtı, sonraki görevlerin alacağı biçimde:</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Why is '%1' rejected? The tasks that depend on it are cancelled.</source>
        <translation>'%1' neden reddediliyor? Ona bağlı görevler iptal edilir.</translation>
    </message>
</context>
<context>
    <name>altrunner::ArchivePublisher</name>
    <message>
        <source>the queue of %1 messages is full: the message for run %2 was dropped</source>
        <translation>%1 iletilik kuyruk dolu: %2 çalıştırmasının iletisi atıldı</translation>
    </message>
    <message>
        <source>cannot reach the NATS server at %1: %2</source>
        <translation>%1 adresindeki NATS sunucusuna ulaşılamıyor: %2</translation>
    </message>
    <message>
        <source>publishing to the NATS server at %1 failed: %2</source>
        <translation>%1 adresindeki NATS sunucusuna yayımlama başarısız: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::AtomicFile</name>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>%1 içinde dosya oluşturulamıyor: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk</source>
        <translation>%1 diske yazılamıyor</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1, %2 olarak yeniden adlandırılamıyor</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>çıktı klasörü %1 oluşturulamıyor</translation>
    </message>
    <message>
        <source>cannot write to the output folder %1: %2</source>
        <translation>çıktı klasörü %1 içine yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::Budget</name>
    <message>
        <source>budget exhausted: needs up to %1 tokens, %2 left</source>
        <translation>bütçe tükendi: en çok %1 token gerekiyor, %2 kaldı</translation>
    </message>
    <message>
        <source>budget exhausted: needs up to %1, %2 left</source>
        <translation>bütçe tükendi: en çok %1 gerekiyor, %2 kaldı</translation>
    </message>
</context>
<context>
    <name>altrunner::BudgetAdmission</name>
    <message>
        <source>the cost budget cannot be kept: %1 model '%2' has no price in the pricing file</source>
        <translation>maliyet bütçesi korunamıyor: %1 modeli '%2' fiyat dosyasında fiyatlandırılmamış</translation>
    </message>
</context>
<context>
    <name>altrunner::BudgetNotice</name>
    <message>
        <source>Raise the Budget and Continue...</source>
        <translation>Bütçeyi Artır ve Sürdür...</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Raise the Budget</source>
        <translation>Bütçeyi Artır</translation>
    </message>
    <message>
        <source>no token budget</source>
        <translation>token bütçesi yok</translation>
    </message>
    <message>
        <source>no cost budget</source>
        <translation>maliyet bütçesi yok</translation>
    </message>
    <message>
        <source>The run continues with what did not complete; the budget is the whole run's, what was spent counts.</source>
        <translation>Çalıştırma tamamlanmayanlarla sürer; bütçe tüm çalıştırmanındır, harcanan da sayılır.</translation>
    </message>
    <message>
        <source>Tokens at most:</source>
        <translation>En çok token:</translation>
    </message>
    <message>
        <source>Cost at most:</source>
        <translation>En çok maliyet:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>the next request needs up to %1 tokens and %2 are left</source>
        <translation>sıradaki istek en çok %1 belirteç gerektiriyor ve %2 kaldı</translation>
    </message>
    <message>
        <source>the next request may cost up to %1 and %2 is left</source>
        <translation>sıradaki isteğin maliyeti en çok %1 olabilir ve %2 kaldı</translation>
    </message>
    <message>
        <source>The budget stopped this run: %1 spent.</source>
        <translation>Bütçe bu çalıştırmayı durdurdu: %1 harcandı.</translation>
    </message>
    <message>
        <source>It was not enough for what was left: %1.</source>
        <translation>Kalanlar için yetmedi: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) did not complete; what completed is kept.</source>
        <translation>
            <numerusform>%n görev tamamlanmadı; tamamlananlar korunuyor.</numerusform></translation>
    </message>
</context>
<context>
    <name>altrunner::CacheAdmission</name>
    <message>
        <source>no stored answer for this request in the result cache (the suite replays only what was recorded: run it once with --cache auto to record it)</source>
        <translation>sonuç önbelleğinde bu istek için kayıtlı yanıt yok (takım yalnızca kaydedileni yeniden oynatır: kaydetmek için bir kez --cache auto ile çalıştırın)</translation>
    </message>
</context>
<context>
    <name>altrunner::CallMessage</name>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON değil: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bir JSON nesnesi değil</translation>
    </message>
    <message>
        <source>the call is %1</source>
        <translation>çağrı %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>the call lacks its run, task, attempt, provider or prompt</source>
        <translation>çağrıda çalıştırma, görev, deneme, sağlayıcı ya da istem eksik</translation>
    </message>
    <message>
        <source>the call's schema cannot be used: %1</source>
        <translation>çağrının şeması kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>the answer (%1 bytes) is larger than a NATS message may be (%2 bytes)</source>
        <translation>yanıt (%1 bayt) bir NATS iletisinin olabileceğinden (%2 bayt) büyük</translation>
    </message>
    <message>
        <source>the result lacks its run, task or attempt</source>
        <translation>sonuçta çalıştırma, görev ya da deneme eksik</translation>
    </message>
    <message>
        <source>the worker reported a failure without saying why</source>
        <translation>işçi nedenini söylemeden bir hata bildirdi</translation>
    </message>
</context>
<context>
    <name>altrunner::CheckEvaluator</name>
    <message>
        <source>the answer's JSON equals the expected value</source>
        <translation>yanıtın JSON'u beklenen değere eşit</translation>
    </message>
    <message>
        <source>the answer's JSON is not the expected value</source>
        <translation>yanıtın JSON'u beklenen değer değil</translation>
    </message>
    <message>
        <source>the answer equals %1</source>
        <translation>yanıt %1 ile aynı</translation>
    </message>
    <message>
        <source>the answer %1 is not %2</source>
        <translation>%1 yanıtı %2 değil</translation>
    </message>
    <message>
        <source>the answer contains %1</source>
        <translation>yanıt %1 içeriyor</translation>
    </message>
    <message>
        <source>the answer does not contain %1</source>
        <translation>yanıt %1 içermiyor</translation>
    </message>
    <message>
        <source>the answer contains none of %1</source>
        <translation>yanıt %1 metnin hiçbirini içermiyor</translation>
    </message>
    <message>
        <source>the answer contains all %1</source>
        <translation>yanıt %1 metnin hepsini içeriyor</translation>
    </message>
    <message>
        <source>the answer starts with %1</source>
        <translation>yanıt %1 ile başlıyor</translation>
    </message>
    <message>
        <source>the answer does not start with %1 (it starts %2)</source>
        <translation>yanıt %1 ile başlamıyor (%2 ile başlıyor)</translation>
    </message>
    <message>
        <source>the answer matches /%1/ at %2: %3</source>
        <translation>yanıt /%1/ ile %2 konumunda eşleşiyor: %3</translation>
    </message>
    <message>
        <source>the answer does not match /%1/</source>
        <translation>yanıt /%1/ ile eşleşmiyor</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>yanıt JSON değil: %1</translation>
    </message>
    <message>
        <source>the answer is JSON</source>
        <translation>yanıt JSON</translation>
    </message>
    <message>
        <source>the answer matches the schema</source>
        <translation>yanıt şemaya uyuyor</translation>
    </message>
    <message>
        <source>the answer does not match the schema: %1</source>
        <translation>yanıt şemaya uymuyor: %1</translation>
    </message>
    <message>
        <source>the cost is unknown (no price for this model in the pricing file), so it cannot be held to %1</source>
        <translation>maliyet bilinmiyor (fiyat dosyasında bu model için fiyat yok), bu yüzden %1 sınırına göre denetlenemez</translation>
    </message>
    <message>
        <source>cost %1 is at most %2</source>
        <translation>%1 maliyet en çok %2</translation>
    </message>
    <message>
        <source>cost %1 is above %2</source>
        <translation>%1 maliyet %2 sınırının üstünde</translation>
    </message>
    <message>
        <source>latency %1 ms is at most %2 ms</source>
        <translation>%1 ms gecikme en çok %2 ms</translation>
    </message>
    <message>
        <source>latency %1 ms is above %2 ms</source>
        <translation>%1 ms gecikme %2 ms sınırının üstünde</translation>
    </message>
    <message>
        <source>%1 tokens is at most %2</source>
        <translation>%1 token en çok %2</translation>
    </message>
    <message>
        <source>%1 tokens is above %2</source>
        <translation>%1 token %2 sınırının üstünde</translation>
    </message>
</context>
<context>
    <name>altrunner::CheckParser</name>
    <message>
        <source>'checks_threshold' must be a number from 0 to 1 (the weighted share of checks that must pass), not %1</source>
        <translation>'checks_threshold' 0 ile 1 arasında bir sayı olmalı (geçmesi gereken denetimlerin ağırlıklı payı), %1 değil</translation>
    </message>
    <message>
        <source>'retry_on_check_failure' must be true or false, not %1</source>
        <translation>'retry_on_check_failure' true ya da false olmalı, %1 değil</translation>
    </message>
    <message>
        <source>'assert' must be a list of checks ({"type": ..., "value": ...}), not %1</source>
        <translation>'assert' bir denetim listesi olmalı ({"type": ..., "value": ...}), %1 değil</translation>
    </message>
    <message>
        <source>a check must be an object with a 'type', not %1</source>
        <translation>bir denetim 'type' alanı olan bir nesne olmalı, %1 değil</translation>
    </message>
    <message>
        <source>unknown field '%1' in a check (ignored; known: type, value, threshold, weight, severity)</source>
        <translation>denetimde bilinmeyen '%1' alanı (yok sayıldı; bilinenler: type, value, threshold, weight, severity)</translation>
    </message>
    <message>
        <source>a check needs a 'type' (one of %1), not %2</source>
        <translation>bir denetimin 'type' alanı gerekir (%1 değerlerinden biri), %2 değil</translation>
    </message>
    <message>
        <source>unknown check type %1 (known: %2, each also with 'not-')</source>
        <translation>bilinmeyen denetim türü %1 (bilinenler: %2, her biri 'not-' ile de)</translation>
    </message>
    <message>
        <source>'%1' must be a number of at least 0, not %2</source>
        <translation>'%1' en az 0 olan bir sayı olmalı, %2 değil</translation>
    </message>
    <message>
        <source>'severity' must be "warn" or "error", not %1</source>
        <translation>'severity' "warn" ya da "error" olmalı, %1 değil</translation>
    </message>
    <message>
        <source>'%1' needs a 'value' with the text to look for, not %2</source>
        <translation>'%1' aranacak metni içeren bir 'value' gerektirir, %2 değil</translation>
    </message>
    <message>
        <source>'equals' needs a 'value': the text (or JSON) the answer must be</source>
        <translation>'equals' bir 'value' gerektirir: yanıtın olması gereken metin (ya da JSON)</translation>
    </message>
    <message>
        <source>'%1' looks for strings, not %2</source>
        <translation>'%1' metin arar, %2 değil</translation>
    </message>
    <message>
        <source>'%1' needs a 'value' with the strings to look for (a list, or text separated by commas), not %2</source>
        <translation>'%1' aranacak metinleri içeren bir 'value' gerektirir (bir liste ya da virgülle ayrılmış metin), %2 değil</translation>
    </message>
    <message>
        <source>'regex' needs a 'value' with the pattern, not %1</source>
        <translation>'regex' deseni içeren bir 'value' gerektirir, %1 değil</translation>
    </message>
    <message>
        <source>the pattern %1 does not compile: %2 at offset %3</source>
        <translation>%1 deseni derlenmiyor: %3 konumunda %2</translation>
    </message>
    <message>
        <source>'json-schema' needs a 'value': a JSON Schema, or the name of one in 'schemas'</source>
        <translation>'json-schema' bir 'value' gerektirir: bir JSON Schema ya da 'schemas' içindeki birinin adı</translation>
    </message>
    <message>
        <source>'%1' takes a JSON Schema or the name of one in 'schemas', not %2</source>
        <translation>'%1' bir JSON Schema ya da 'schemas' içindeki birinin adını alır, %2 değil</translation>
    </message>
    <message>
        <source>'javascript' needs a 'value' with the code (an expression over output, json and context), not %1</source>
        <translation>'javascript' kodu içeren bir 'value' gerektirir (output, json ve context üzerinde bir ifade), %1 değil</translation>
    </message>
    <message>
        <source>the JavaScript does not compile: %1</source>
        <translation>JavaScript derlenmiyor: %1</translation>
    </message>
    <message>
        <source>'%1' needs a 'threshold': the most it may be (%2)</source>
        <translation>'%1' bir 'threshold' gerektirir: olabileceği en yüksek değer (%2)</translation>
    </message>
    <message>
        <source>in the pricing file's currency</source>
        <translation>fiyat dosyasının para biriminde</translation>
    </message>
    <message>
        <source>in milliseconds</source>
        <translation>milisaniye olarak</translation>
    </message>
    <message>
        <source>in tokens</source>
        <translation>token olarak</translation>
    </message>
    <message>
        <source>'llm-rubric' needs a 'value' with the rubric the grader applies, not %1</source>
        <translation>'llm-rubric' değerlendiricinin uygulayacağı ölçütü içeren bir 'value' gerektirir, %1 değil</translation>
    </message>
</context>
<context>
    <name>altrunner::CheckScore</name>
    <message>
        <source>checks failed: %1</source>
        <translation>denetimler başarısız: %1</translation>
    </message>
    <message>
        <source>checks failed: %1 of the weight passed, %2 needed; first: %3</source>
        <translation>denetimler başarısız: ağırlığın %1 kadarı geçti, %2 gerekiyordu; ilki: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::CompareDialog</name>
    <message>
        <source>Only tasks that differ</source>
        <translation>Yalnızca farklı olan görevler</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Çalıştırmaları Karşılaştır</translation>
    </message>
    <message>
        <source>%1: run %2 of %3, started %4, %5</source>
        <translation>%1: %3 dosyasının %2 çalıştırması, başlangıç %4, %5</translation>
    </message>
    <message>
        <source>%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 answer changed.</source>
        <translation>%2 görevin %1 tanesi farklı: %3 eklendi, %4 çıkarıldı, %5 durumu değişti, %6 yanıtı değişti.</translation>
    </message>
    <message>
        <source>Choose a task to see how its answer changed.</source>
        <translation>Yanıtının nasıl değiştiğini görmek için bir görev seçin.</translation>
    </message>
    <message>
        <source>Export Report...</source>
        <translation>Raporu Dışa Aktar...</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Karşılaştırmayı Dışa Aktar</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML dosyaları (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
</context>
<context>
    <name>altrunner::ConfigLoader</name>
    <message>
        <source>%1: expected a whole number from %2 to %3, got '%4'</source>
        <translation>%1: %2 ile %3 arasında bir tam sayı bekleniyordu, '%4' geldi</translation>
    </message>
    <message>
        <source>%1: expected a number of seconds above 0 and at most 86400, got '%2'</source>
        <translation>%1: 0'dan büyük ve en çok 86400 saniye bekleniyordu, '%2' geldi</translation>
    </message>
    <message>
        <source>%1: expected true or false, got '%2'</source>
        <translation>%1: true ya da false bekleniyordu, '%2' geldi</translation>
    </message>
    <message>
        <source>%1: expected an http:// or https:// URL, got '%2'</source>
        <translation>%1: http:// ya da https:// ile başlayan bir adres bekleniyordu, '%2' geldi</translation>
    </message>
    <message>
        <source>%1: expected mock, orchestrator or openai, got '%2'</source>
        <translation>%1: mock, orchestrator ya da openai bekleniyordu, '%2' geldi</translation>
    </message>
    <message>
        <source>AI_PROVIDER is %1, which needs AI_SERVICE_URL (or --ai-url): the address of the AI service</source>
        <translation>AI_PROVIDER %1; bunun için AI_SERVICE_URL (ya da --ai-url) gerekli: yapay zekâ hizmetinin adresi</translation>
    </message>
    <message>
        <source>OUTPUT_DIR: expected a folder, got an empty value</source>
        <translation>OUTPUT_DIR: bir klasör bekleniyordu, boş değer geldi</translation>
    </message>
    <message>
        <source>AI_MODEL: expected a model name, got an empty value</source>
        <translation>AI_MODEL: bir model adı bekleniyordu, boş değer geldi</translation>
    </message>
    <message>
        <source>NATS_URL: expected nats://HOST:PORT, got '%1'</source>
        <translation>NATS_URL: nats://SUNUCU:PORT bekleniyordu, '%1' geldi</translation>
    </message>
    <message>
        <source>NATS_SUBJECT: expected a subject such as last.files, got '%1'</source>
        <translation>NATS_SUBJECT: last.files gibi bir konu bekleniyordu, '%1' geldi</translation>
    </message>
    <message>
        <source>%1: expected an amount of 0 or more, such as 2.50, got '%2'</source>
        <translation>%1: 2.50 gibi 0 ya da daha büyük bir tutar bekleniyordu, '%2' geldi</translation>
    </message>
    <message>
        <source>%1: expected auto, off, refresh or always, got '%2'</source>
        <translation>%1: auto, off, refresh ya da always bekleniyordu, '%2' geldi</translation>
    </message>
    <message>
        <source>AI_PROXY: expected a proxy URL such as http://proxy:3128, or none, got '%1'</source>
        <translation>AI_PROXY: http://proxy:3128 gibi bir vekil URL'si ya da none bekleniyordu, '%1' geldi</translation>
    </message>
    <message>
        <source>AI_SCHEMA_MODE: expected auto or prompt, got '%1'</source>
        <translation>AI_SCHEMA_MODE: auto ya da prompt bekleniyordu, '%1' verildi</translation>
    </message>
    <message>
        <source>%1: expected nats://HOST:PORT, got '%2'</source>
        <translation>%1: nats://SUNUCU:PORT bekleniyordu, '%2' geldi</translation>
    </message>
</context>
<context>
    <name>altrunner::ConnectionCheck</name>
    <message>
        <source>The simulated provider needs no service: its answers are made up offline and marked as simulated.</source>
        <translation>Benzetim sağlayıcısı bir hizmete ihtiyaç duymaz: yanıtları çevrimdışı üretilir ve benzetim olarak işaretlenir.</translation>
    </message>
    <message>
        <source>The AI service at %1 does not answer: %2</source>
        <translation>%1 adresindeki yapay zekâ hizmeti yanıt vermiyor: %2</translation>
    </message>
    <message>
        <source>The AI service at %1 answers: healthy.</source>
        <translation>%1 adresindeki yapay zekâ hizmeti yanıt veriyor: sağlıklı.</translation>
    </message>
    <message>
        <source>Something answers at %1, but its health check says HTTP %2.</source>
        <translation>%1 adresinde bir şey yanıt veriyor, ama sağlık denetimi HTTP %2 diyor.</translation>
    </message>
    <message>
        <source>The AI service at %1 answers.</source>
        <translation>%1 adresindeki yapay zekâ hizmeti yanıt veriyor.</translation>
    </message>
    <message>
        <source>Models: %1.</source>
        <translation>Modeller: %1.</translation>
    </message>
    <message>
        <source>The configured model '%1' is not among them.</source>
        <translation>Ayarlanan '%1' modeli bunlar arasında yok.</translation>
    </message>
    <message>
        <source>Something answers at %1, but its model list says HTTP %2: %3</source>
        <translation>%1 adresinde bir şey yanıt veriyor, ama model listesi HTTP %2 diyor: %3</translation>
    </message>
</context>
<context>
    <name>altrunner::DagView</name>
    <message>
        <source>Open an ALT file to see its tasks here: Ctrl+O, or drop one on the window.</source>
        <translation>Görevlerini burada görmek için bir ALT dosyası açın: Ctrl+O ya da pencereye bırakın.</translation>
    </message>
    <message>
        <source>carried over from an earlier run</source>
        <translation>önceki bir çalıştırmadan aktarıldı</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Sonraki çalıştırma: %1</translation>
    </message>
    <message>
        <source>models: %1</source>
        <translation>modeller: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Önem</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Satır:Sütun</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>İşaretçi</translation>
    </message>
</context>
<context>
    <name>altrunner::EventStream</name>
    <message>
        <source>the client did not read the events as fast as they came; reconnect with Last-Event-ID to resume</source>
        <translation>istemci olayları geldikleri hızda okumadı; kaldığı yerden sürdürmek için Last-Event-ID ile yeniden bağlanın</translation>
    </message>
</context>
<context>
    <name>altrunner::EventsController</name>
    <message>
        <source>no events are held for run '%1' (only for runs this server started, the last %2 of them)</source>
        <translation>'%1' çalıştırması için tutulan olay yok (yalnızca bu sunucunun başlattığı son %2 çalıştırmanın olayları tutulur)</translation>
    </message>
    <message>
        <source>no run with id '%1'</source>
        <translation>'%1' kimlikli bir çalıştırma yok</translation>
    </message>
    <message>
        <source>Last-Event-ID must be the id of an event this server sent, a whole number</source>
        <translation>Last-Event-ID, bu sunucunun gönderdiği bir olayın kimliği, yani bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>too many event streams at once (the limit is %1)</source>
        <translation>aynı anda çok fazla olay akışı var (sınır %1)</translation>
    </message>
</context>
<context>
    <name>altrunner::FileLoader</name>
    <message>
        <source>(%1 MB: too large to show here; the problems list gives lines and columns in the file itself)</source>
        <translation>(%1 MB: burada göstermek için çok büyük; sorunlar listesi dosyanın kendisindeki satır ve sütunları verir)</translation>
    </message>
    <message>
        <source>Open ALT File</source>
        <translation>ALT Dosyası Aç</translation>
    </message>
    <message>
        <source>ALT files (*.alt *.json *.alt.yaml *.alt.yml);;ALT_LAS segmentation files (*.alt.yaml *.alt.yml *.yaml *.yml);;All files (*)</source>
        <translation>ALT dosyaları (*.alt *.json *.alt.yaml *.alt.yml);;ALT_LAS bölümleme dosyaları (*.alt.yaml *.alt.yml *.yaml *.yml);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Open LAST File</source>
        <translation>LAST Dosyası Aç</translation>
    </message>
    <message>
        <source>LAST files (last_*.json);;JSON files (*.json);;All files (*)</source>
        <translation>LAST dosyaları (last_*.json);;JSON dosyaları (*.json);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>altrunner::HtmlReport</name>
    <message>
        <source>No task started.</source>
        <translation>Hiçbir görev başlamadı.</translation>
    </message>
    <message>
        <source>Filter by id, answer or error</source>
        <translation>Kimliğe, yanıta ya da hataya göre süz</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Tüm görevler</translation>
    </message>
    <message>
        <source>checks failed</source>
        <translation>denetimleri başarısız</translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>denetimleri geçti</translation>
    </message>
    <message>
        <source>Outcome: %1. %2 of %3 tasks completed, %4 failed, %5 timed out, %6 cancelled.</source>
        <translation>Sonuç: %1. %3 görevin %2 tanesi tamamlandı, %4 başarısız, %5 zaman aşımı, %6 iptal.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştırma</translation>
    </message>
    <message>
        <source>ALT file</source>
        <translation>ALT dosyası</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetonlar</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 giriş, %2 çıkış</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>unknown (no prices)</source>
        <translation>bilinmiyor (fiyat yok)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Denetimler</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 warned</source>
        <translation>%1 geçti, %2 başarısız, %3 uyarı</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>%1 tasks: too many to draw here; the table lists every one.</source>
        <translation>%1 görev: burada çizilemeyecek kadar çok; tablo hepsini listeler.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>%1 tasks: too many to draw here.</source>
        <translation>%1 görev: burada çizilemeyecek kadar çok.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Answer and checks</source>
        <translation>Yanıt ve denetimler</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Yanıt yok.</translation>
    </message>
    <message>
        <source>Written by ALT Runner from the LAST file of run %1. This page loads nothing from the network.</source>
        <translation>ALT Runner tarafından %1 çalıştırmasının LAST dosyasından yazıldı. Bu sayfa ağdan hiçbir şey yüklemez.</translation>
    </message>
    <message>
        <source>ALT Runner report: %1</source>
        <translation>ALT Runner raporu: %1</translation>
    </message>
    <message>
        <source>Comparing two runs</source>
        <translation>İki çalıştırmanın karşılaştırması</translation>
    </message>
    <message>
        <source>%1 of %2 tasks differ: %3 added, %4 removed, %5 status changed, %6 answer changed.</source>
        <translation>%2 görevin %1 tanesi farklı: %3 eklendi, %4 çıkarıldı, %5 durumu değişti, %6 yanıtı değişti.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>run %1 of %2 (%3), %4; %5 tokens; cost %6</source>
        <translation>%2 dosyasının %1 çalıştırması (%3), %4; %5 token; maliyet %6</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>%1 görevleri</translation>
    </message>
    <message>
        <source>Filter by id or answer</source>
        <translation>Kimliğe ya da yanıta göre süz</translation>
    </message>
    <message>
        <source>Only tasks that differ</source>
        <translation>Yalnızca farklı olan görevler</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Status A → B</source>
        <translation>Durum A → B</translation>
    </message>
    <message>
        <source>The answer's changes</source>
        <translation>Yanıttaki değişiklikler</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Written by ALT Runner. This page loads nothing from the network.</source>
        <translation>ALT Runner tarafından yazıldı. Bu sayfa ağdan hiçbir şey yüklemez.</translation>
    </message>
    <message>
        <source>ALT Runner: comparing two runs</source>
        <translation>ALT Runner: iki çalıştırmanın karşılaştırması</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>başarılı</translation>
    </message>
    <message>
        <source>partly succeeded</source>
        <translation>kısmen başarılı</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpConnection</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 okunamıyor</translation>
    </message>
    <message>
        <source>too many connections (the limit is %1); try again</source>
        <translation>çok fazla bağlantı var (sınır %1); yeniden deneyin</translation>
    </message>
    <message>
        <source>no complete request within %1 s</source>
        <translation>%1 sn içinde eksiksiz bir istek gelmedi</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpProvider</name>
    <message>
        <source>the AI service at %1 answered %2 with a body that is not the expected JSON: %3</source>
        <translation>%1 adresindeki yapay zekâ hizmeti %2 ile beklenen JSON olmayan bir gövde döndürdü: %3</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(boş gövde)</translation>
    </message>
    <message>
        <source>cannot connect to the AI service at %1: connection refused</source>
        <translation>%1 adresindeki yapay zekâ hizmetine bağlanılamıyor: bağlantı reddedildi</translation>
    </message>
    <message>
        <source>the AI service at %1 closed the connection before answering</source>
        <translation>%1 adresindeki yapay zekâ hizmeti yanıt vermeden bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>cannot connect to the AI service at %1: host not found</source>
        <translation>%1 adresindeki yapay zekâ hizmetine bağlanılamıyor: sunucu bulunamadı</translation>
    </message>
    <message>
        <source>the AI service at %1 did not answer in time</source>
        <translation>%1 adresindeki yapay zekâ hizmeti zamanında yanıt vermedi</translation>
    </message>
    <message>
        <source>cannot talk to the AI service at %1: %2</source>
        <translation>%1 adresindeki yapay zekâ hizmetiyle konuşulamıyor: %2</translation>
    </message>
    <message>
        <source>network error talking to the AI service at %1: %2</source>
        <translation>%1 adresindeki yapay zekâ hizmetiyle konuşurken ağ hatası: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from the AI service at %2: %3</source>
        <translation>%2 adresindeki yapay zekâ hizmetinden HTTP %1: %3</translation>
    </message>
    <message>
        <source>HTTP %1 from the AI service at %2: a redirect to %3, which is not followed</source>
        <translation>%2 adresindeki yapay zekâ hizmetinden HTTP %1: %3 adresine yönlendirme, izlenmiyor</translation>
    </message>
    <message>
        <source>the AI service at %1 broke off its answer: %2</source>
        <translation>%1 adresindeki yapay zekâ hizmeti yanıtını yarıda kesti: %2</translation>
    </message>
    <message>
        <source>the AI service at %1 sent nothing for %2 s in the middle of its answer (AI_STREAM_IDLE_SECONDS)</source>
        <translation>%1 adresindeki yapay zekâ hizmeti yanıtının ortasında %2 sn boyunca hiçbir şey göndermedi (AI_STREAM_IDLE_SECONDS)</translation>
    </message>
    <message>
        <source>the AI service at %1 ended its answer's stream before [DONE] (after %2 characters)</source>
        <translation>%1 adresindeki yapay zekâ hizmeti yanıt akışını [DONE] gelmeden bitirdi (%2 karakterden sonra)</translation>
    </message>
    <message>
        <source>the AI service at %1 closed the connection in the middle of its answer</source>
        <translation>%1 adresindeki yapay zekâ hizmeti bağlantıyı yanıtının ortasında kapattı</translation>
    </message>
    <message>
        <source>the AI service at %1 sent an answer that is not HTTP/1.x: %2</source>
        <translation>%1 adresindeki yapay zekâ hizmeti HTTP/1.x olmayan bir yanıt gönderdi: %2</translation>
    </message>
    <message>
        <source>cannot talk to the AI service at %1 over https: %2 (AI_CA_FILE names certificate authorities to trust)</source>
        <translation>%1 adresindeki yapay zekâ hizmetiyle https üzerinden konuşulamıyor: %2 (güvenilecek sertifika yetkilileri AI_CA_FILE ile verilir)</translation>
    </message>
    <message>
        <source>cannot reach the AI service at %1 through its proxy: %2 (AI_PROXY=none goes direct)</source>
        <translation>%1 adresindeki yapay zekâ hizmetine vekil üzerinden ulaşılamıyor: %2 (AI_PROXY=none doğrudan bağlanır)</translation>
    </message>
    <message>
        <source>the proxy %1: %2</source>
        <translation>%1 vekili: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpRequest</name>
    <message>
        <source>malformed request line</source>
        <translation>bozuk istek satırı</translation>
    </message>
    <message>
        <source>folded header lines are not accepted</source>
        <translation>katlanmış başlık satırları kabul edilmez</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>bozuk başlık satırı</translation>
    </message>
    <message>
        <source>whitespace before a header's colon</source>
        <translation>bir başlığın iki noktasından önce boşluk</translation>
    </message>
    <message>
        <source>malformed header name</source>
        <translation>bozuk başlık adı</translation>
    </message>
</context>
<context>
    <name>altrunner::HttpServer</name>
    <message>
        <source>too many connections (the limit is %1); try again</source>
        <translation>çok fazla bağlantı var (sınır %1); yeniden deneyin</translation>
    </message>
</context>
<context>
    <name>altrunner::JavaScriptCheck</name>
    <message>
        <source>the expression is true</source>
        <translation>ifade doğru</translation>
    </message>
    <message>
        <source>the expression is false</source>
        <translation>ifade yanlış</translation>
    </message>
    <message>
        <source>score %1, %2 needed</source>
        <translation>puan %1, %2 gerekiyordu</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puan %1</translation>
    </message>
    <message>
        <source>the check says it passes</source>
        <translation>denetim geçtiğini söylüyor</translation>
    </message>
    <message>
        <source>the check says it fails</source>
        <translation>denetim başarısız olduğunu söylüyor</translation>
    </message>
    <message>
        <source>the check returned %1, not true/false, a score or {pass, score, reason}</source>
        <translation>denetim %1 döndürdü; true/false, bir puan ya da {pass, score, reason} değil</translation>
    </message>
    <message>
        <source>the check ran past %1 s and was stopped</source>
        <translation>denetim %1 sn'yi aştı ve durduruldu</translation>
    </message>
    <message>
        <source>the check threw: %1</source>
        <translation>denetim hata fırlattı: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::Journal</name>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>%1 günlüğü yazılamıyor: %2</translation>
    </message>
    <message>
        <source>%1: cannot open the journal: %2</source>
        <translation>%1: günlük açılamıyor: %2</translation>
    </message>
    <message>
        <source>%1:%2: not a journal line: %3</source>
        <translation>%1:%2: bir günlük satırı değil: %3</translation>
    </message>
    <message>
        <source>%1: not an ALT Runner journal</source>
        <translation>%1: bir ALT Runner günlüğü değil</translation>
    </message>
    <message>
        <source>%1: the journal is empty</source>
        <translation>%1: günlük boş</translation>
    </message>
    <message>
        <source>%1: the journal's ALT file is not valid: %2</source>
        <translation>%1: günlükteki ALT dosyası geçerli değil: %2</translation>
    </message>
    <message>
        <source>%1: not an ALT Runner journal (its first line is not JSON: %2)</source>
        <translation>%1: bir ALT Runner günlüğü değil (ilk satırı JSON değil: %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::JsonFileEditor</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n öğe</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n üye</numerusform></translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>altrunner::LastReader</name>
    <message>
        <source>%1: cannot open the LAST file: %2</source>
        <translation>%1: LAST dosyası açılamıyor: %2</translation>
    </message>
    <message>
        <source>%1: not a LAST file: %2 at byte %3</source>
        <translation>%1: bir LAST dosyası değil: %3. baytta %2</translation>
    </message>
    <message>
        <source>%1: not a LAST file (no execution_id or task_results)</source>
        <translation>%1: bir LAST dosyası değil (execution_id ya da task_results yok)</translation>
    </message>
    <message>
        <source>%1: this LAST file records ALT file '%2', not '%3'</source>
        <translation>%1: bu LAST dosyası '%3' değil, '%2' ALT dosyasının kaydı</translation>
    </message>
</context>
<context>
    <name>altrunner::LastWriter</name>
    <message>
        <source>%1 tasks: %2 completed, %3 failed, %4 timed out, %5 cancelled; success rate %6%; %7 s</source>
        <translation>%1 görev: %2 tamamlandı, %3 başarısız, %4 zaman aşımı, %5 iptal; başarı oranı %%6; %7 sn</translation>
    </message>
    <message>
        <source>%1 task: %2 completed, %3 failed, %4 timed out, %5 cancelled; success rate %6%; %7 s</source>
        <translation>%1 görev: %2 tamamlandı, %3 başarısız, %4 zaman aşımı, %5 iptal; başarı oranı %%6; %7 sn</translation>
    </message>
</context>
<context>
    <name>altrunner::MainWindow</name>
    <message>
        <source>ALT Runner</source>
        <translation>ALT Runner</translation>
    </message>
    <message>
        <source>Open an ALT file to begin: Ctrl+O, the recent files, or drop one here.</source>
        <translation>Başlamak için bir ALT dosyası açın: Ctrl+O, son dosyalar ya da buraya sürükleyip bırakın.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 açılıyor...</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s), ready to run (Ctrl+R).</source>
        <translation>
            <numerusform>%1: %n görev, çalıştırmaya hazır (Ctrl+R).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the file cannot run until they are fixed. Click one to see it in the source.</source>
        <translation>
            <numerusform>%n hata: düzeltilene kadar dosya çalıştırılamaz. Kaynakta görmek için birine tıklayın.</numerusform></translation>
    </message>
    <message>
        <source>Cannot open the LAST file</source>
        <translation>LAST dosyası açılamıyor</translation>
    </message>
    <message>
        <source>Resuming run %1...</source>
        <translation>%1 çalıştırması sürdürülüyor...</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <source>(resumed from its journal)</source>
        <translation>(günlüğünden sürdürüldü)</translation>
    </message>
    <message>
        <source>The run going on is in the Runs list.</source>
        <translation>Süren çalıştırma Çalıştırmalar listesinde.</translation>
    </message>
    <message>
        <source>Showing run %1 of “%2”, going on.</source>
        <translation>“%2” dosyasının %1 çalıştırması gösteriliyor, sürüyor.</translation>
    </message>
    <message>
        <source>Past run of “%1”, %2: %3.</source>
        <translation>“%1” için geçmiş çalıştırma, %2: %3.</translation>
    </message>
    <message>
        <source>unknown outcome</source>
        <translation>bilinmeyen sonuç</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Raporu Dışa Aktar</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML dosyaları (*.html)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapor %1 konumuna yazıldı</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Şununla Karşılaştır</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Karşılaştırılamıyor</translation>
    </message>
    <message>
        <source>A task waits for you</source>
        <translation>Bir görev sizi bekliyor</translation>
    </message>
    <message>
        <source>Run %1 goes on: its gates wait for your decision.</source>
        <translation>%1 çalıştırması sürüyor: onay kapıları kararınızı bekliyor.</translation>
    </message>
</context>
<context>
    <name>altrunner::MetricsPanel</name>
    <message>
        <source>Running</source>
        <translation>Çalışan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlanan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zaman aşımı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edilen</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Yeniden denemeler</translation>
    </message>
    <message>
        <source>In flight (peak)</source>
        <translation>Süren (en çok)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Hız</translation>
    </message>
    <message>
        <source>AI latency p50 / p95 / p99</source>
        <translation>YZ gecikmesi p50 / p95 / p99</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetonlar</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>En yüksek bellek</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Geçen süre</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Kalan süre</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%2 içinden %1 (%%3)</translation>
    </message>
    <message>
        <source>%1 tasks/s</source>
        <translation>%1 görev/sn</translation>
    </message>
    <message>
        <source>done</source>
        <translation>bitti</translation>
    </message>
    <message>
        <source>%1 (in %2, out %3)</source>
        <translation>%1 (giriş %2, çıkış %3)</translation>
    </message>
    <message>
        <source>unknown (no price for the model; see Settings)</source>
        <translation>bilinmiyor (model için fiyat yok; Ayarlar'a bakın)</translation>
    </message>
    <message numerus="yes">
        <source> + %n answer(s) without a price</source>
        <translation>
            <numerusform> + fiyatı olmayan %n yanıt</numerusform></translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 / %2 token</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) rate-limited (429), waited %1</source>
        <translation>
            <numerusform>%n yanıt hız sınırına takıldı (429), %1 beklendi</numerusform></translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Önbellekten</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), %1 tokens and %2 saved</source>
        <translation>
            <numerusform>%n yanıt, %1 token ve %2 tasarruf</numerusform></translation>
    </message>
    <message>
        <source>First token p50 / p95</source>
        <translation>İlk token p50 / p95</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Saniyede token</translation>
    </message>
    <message>
        <source>%1 (slowest 5%: %2 or less)</source>
        <translation>%1 (en yavaş %5: %2 veya daha az)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Biten</translation>
    </message>
    <message>
        <source>%1 of %2, of which %3 completed (%4%)</source>
        <translation>%2 görevin %1 tanesi, bunların %3 tanesi tamamlandı (%%4)</translation>
    </message>
    <message>
        <source>%1 spent; stopped</source>
        <translation>%1 harcandı; durduruldu</translation>
    </message>
    <message>
        <source>%1 spent; stopped: a request needs up to %2 tokens</source>
        <translation>%1 harcandı; durduruldu: bir istek en çok %2 belirteç gerektiriyor</translation>
    </message>
    <message>
        <source>%1 spent; stopped: a request may cost up to %2</source>
        <translation>%1 harcandı; durduruldu: bir isteğin maliyeti en çok %2 olabilir</translation>
    </message>
    <message>
        <source>Waits for slots</source>
        <translation>Yer beklemeleri</translation>
    </message>
    <message>
        <source>waited %1 for rate or budget slots</source>
        <translation>hız ya da bütçe için %1 beklendi</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Sizi bekliyor</translation>
    </message>
</context>
<context>
    <name>altrunner::Minimap</name>
    <message>
        <source>The whole graph: click or drag to move there</source>
        <translation>Tüm grafik: oraya gitmek için tıklayın ya da sürükleyin</translation>
    </message>
</context>
<context>
    <name>altrunner::ModelCatalog</name>
    <message>
        <source>the models file names %1 for a key, but it is not set</source>
        <translation>modeller dosyası anahtar için %1 değişkenini adlandırıyor, ama bu değişken tanımlı değil</translation>
    </message>
    <message>
        <source>cannot read the models file %1: %2</source>
        <translation>modeller dosyası %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>models file %1: %2</source>
        <translation>modeller dosyası %1: %2</translation>
    </message>
    <message>
        <source>line %1:%2: not valid JSON: %3</source>
        <translation>satır %1:%2: geçerli JSON değil: %3</translation>
    </message>
    <message>
        <source>the top level must be an object with 'models'</source>
        <translation>en üst düzey 'models' içeren bir nesne olmalı</translation>
    </message>
    <message>
        <source>/%1: unknown field (a models file has 'models' and 'fallbacks')</source>
        <translation>/%1: bilinmeyen alan (modeller dosyasında 'models' ve 'fallbacks' bulunur)</translation>
    </message>
    <message>
        <source>/models: must be an object with at least one alias</source>
        <translation>/models: en az bir takma ad içeren bir nesne olmalı</translation>
    </message>
    <message>
        <source>%1: an alias must be a name without surrounding spaces</source>
        <translation>%1: takma ad, başında ve sonunda boşluk olmayan bir ad olmalı</translation>
    </message>
    <message>
        <source>%1: must be an object (provider, url, model, api_key_env)</source>
        <translation>%1: bir nesne olmalı (provider, url, model, api_key_env)</translation>
    </message>
    <message>
        <source>%1/%2: unknown field (expected provider, url, model, api_key_env)</source>
        <translation>%1/%2: bilinmeyen alan (provider, url, model, api_key_env bekleniyordu)</translation>
    </message>
    <message>
        <source>%1/provider: must be openai, orchestrator or mock</source>
        <translation>%1/provider: openai, orchestrator ya da mock olmalı</translation>
    </message>
    <message>
        <source>%1/url: must be an http or https URL</source>
        <translation>%1/url: http ya da https adresi olmalı</translation>
    </message>
    <message>
        <source>%1/url: must not hold a user or password (name the key's variable in api_key_env)</source>
        <translation>%1/url: kullanıcı adı ya da parola içermemeli (anahtarın değişkenini api_key_env ile adlandırın)</translation>
    </message>
    <message>
        <source>%1/url: must be a string</source>
        <translation>%1/url: metin olmalı</translation>
    </message>
    <message>
        <source>%1/model: must be the model's name at that service</source>
        <translation>%1/model: modelin o hizmetteki adı olmalı</translation>
    </message>
    <message>
        <source>%1/api_key_env: must be the name of an environment variable (the key itself is never written in this file)</source>
        <translation>%1/api_key_env: bir ortam değişkeninin adı olmalı (anahtarın kendisi bu dosyaya asla yazılmaz)</translation>
    </message>
    <message>
        <source>/fallbacks: must be an object: alias -&gt; [aliases to ask next]</source>
        <translation>/fallbacks: bir nesne olmalı: takma ad -&gt; [sonra sorulacak takma adlar]</translation>
    </message>
    <message>
        <source>%1: '%2' is not an alias of 'models'</source>
        <translation>%1: '%2', 'models' içinde bir takma ad değil</translation>
    </message>
    <message>
        <source>%1: must be an array of aliases</source>
        <translation>%1: takma adlardan oluşan bir dizi olmalı</translation>
    </message>
    <message>
        <source>%1/%2: %3 is not an alias of 'models'</source>
        <translation>%1/%2: %3, 'models' içinde bir takma ad değil</translation>
    </message>
    <message>
        <source>%1/%2: an alias cannot fall back to itself</source>
        <translation>%1/%2: bir takma ad yedek olarak kendisini gösteremez</translation>
    </message>
    <message>
        <source>%1/%2: '%3' is listed twice</source>
        <translation>%1/%2: '%3' iki kez listelenmiş</translation>
    </message>
    <message>
        <source>models must name a models file by a plain name (letters, digits, '_', '.', '-'), not '%1'</source>
        <translation>models bir modeller dosyasını yalın bir adla (harf, rakam, '_', '.', '-') adlandırmalı, '%1' değil</translation>
    </message>
    <message>
        <source>no models file '%1' in %2</source>
        <translation>%2 içinde '%1' modeller dosyası yok</translation>
    </message>
    <message>
        <source>models file '%1' leads outside %2</source>
        <translation>'%1' modeller dosyası %2 dışına çıkıyor</translation>
    </message>
    <message>
        <source>model '%1' is not defined in the models file (it defines: %2)</source>
        <translation>'%1' modeli modeller dosyasında tanımlı değil (tanımlı olanlar: %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::ModelsEditor</name>
    <message>
        <source>Models — %1</source>
        <translation>Modeller — %1</translation>
    </message>
    <message>
        <source>Model aliases a task names in parameters.model (or the file's model): each with its provider, base URL, model and the environment variable that holds its key (never the key itself). "fallbacks" lists, per alias, the aliases asked when it fails.</source>
        <translation>Bir görevin parameters.model (ya da dosyanın model) alanında adlandırdığı model takma adları: her biri sağlayıcısı, temel adresi, modeli ve anahtarını tutan ortam değişkeniyle (asla anahtarın kendisiyle değil). "fallbacks", her takma ad için o başarısız olduğunda sorulacak takma adları listeler.</translation>
    </message>
</context>
<context>
    <name>altrunner::NatsLink</name>
    <message>
        <source>cannot reach the NATS server at %1: %2</source>
        <translation>%1 adresindeki NATS sunucusuna ulaşılamıyor: %2</translation>
    </message>
    <message>
        <source>the NATS server at %1 offers no JetStream: %2</source>
        <translation>%1 adresindeki NATS sunucusu JetStream sunmuyor: %2</translation>
    </message>
    <message>
        <source>JetStream at %1 does not answer: %2</source>
        <translation>%1 adresindeki JetStream yanıt vermiyor: %2</translation>
    </message>
    <message>
        <source>cannot create the JetStream stream %1 at %2: %3</source>
        <translation>%2 adresinde JetStream akışı %1 oluşturulamıyor: %3</translation>
    </message>
    <message>
        <source>cannot set up the JetStream consumer %1 at %2: %3</source>
        <translation>%2 adresinde JetStream tüketicisi %1 kurulamıyor: %3</translation>
    </message>
    <message>
        <source>publishing to JetStream at %1 failed: %2</source>
        <translation>%1 adresindeki JetStream'e yayımlama başarısız: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::NetworkExchange</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>yanıt %1 MiB'den büyük</translation>
    </message>
    <message>
        <source>the proxy %1 wants credentials (407 Proxy Authentication Required); give them in the proxy's URL</source>
        <translation>%1 vekili kimlik bilgisi istiyor (407 Proxy Authentication Required); bunları vekilin URL'sinde verin</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>%1 sertifikasına güvenilmiyor: %2</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2</source>
        <translation>%1 ile TLS başarısız oldu: %2</translation>
    </message>
    <message>
        <source>the proxy %1 wants credentials (407 Proxy Authentication Required)</source>
        <translation>%1 vekili kimlik bilgisi istiyor (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <source>the proxy %1: %2</source>
        <translation>%1 vekili: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::NetworkPool</name>
    <message>
        <source>AI_CA_FILE: cannot read %1: %2</source>
        <translation>AI_CA_FILE: %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>AI_CA_FILE: %1 holds no PEM certificate</source>
        <translation>AI_CA_FILE: %1 hiç PEM sertifikası içermiyor</translation>
    </message>
</context>
<context>
    <name>altrunner::OpenAiProvider</name>
    <message>
        <source>the model refused to answer: %1</source>
        <translation>model yanıt vermeyi reddetti: %1</translation>
    </message>
    <message>
        <source>the service's content filter stopped the answer</source>
        <translation>hizmetin içerik süzgeci yanıtı durdurdu</translation>
    </message>
</context>
<context>
    <name>altrunner::OutcomeBanner</name>
    <message>
        <source>Show Failures</source>
        <translation>Hataları Göster</translation>
    </message>
    <message>
        <source>List only the tasks that failed, timed out or were cancelled</source>
        <translation>Yalnızca başarısız olan, zaman aşımına uğrayan ya da iptal edilen görevleri listele</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
</context>
<context>
    <name>altrunner::OutputSchema</name>
    <message>
        <source>remote references are not fetched: '$ref' must point into this schema ("#" or "#/definitions/...")</source>
        <translation>uzak başvurular getirilmez: '$ref' bu şemanın içini göstermeli ("#" ya da "#/definitions/...")</translation>
    </message>
    <message>
        <source>this '$ref' leads back to where it started without going into the value (a schema that refers to itself must do so inside properties or items)</source>
        <translation>bu '$ref' değerin içine girmeden başladığı yere dönüyor (kendine başvuran bir şema bunu properties ya da items içinde yapmalı)</translation>
    </message>
    <message>
        <source>'%1' is not a regular expression this checker can use (ECMAScript)</source>
        <translation>'%1' bu denetleyicinin kullanabileceği bir düzenli ifade değil (ECMAScript)</translation>
    </message>
    <message>
        <source>not a usable JSON Schema (draft 7): %1</source>
        <translation>kullanılabilir bir JSON Schema (draft 7) değil: %1</translation>
    </message>
    <message>
        <source>a string of %1 characters is longer than a pattern can be checked against (at most %2)</source>
        <translation>%1 karakterlik bir metin, bir desenle denetlenebilecek olandan uzun (en çok %2)</translation>
    </message>
    <message>
        <source>the answer could not be checked: %1</source>
        <translation>yanıt denetlenemedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n tane daha</numerusform></translation>
    </message>
    <message>
        <source>the schema declares no '%1'</source>
        <translation>şema '%1' tanımlamıyor</translation>
    </message>
    <message>
        <source>the schema declares no '%1' in '%2'</source>
        <translation>şema '%2' içinde '%1' tanımlamıyor</translation>
    </message>
</context>
<context>
    <name>altrunner::PastRunsDialog</name>
    <message>
        <source>Open LAST File</source>
        <translation>LAST Dosyası Aç</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştırma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Runs in %1:</source>
        <translation>%1 içindeki çalıştırmalar:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Gözat...</translation>
    </message>
</context>
<context>
    <name>altrunner::Pricing</name>
    <message>
        <source>models[%1].%2: expected a number of 0 or more, got %3</source>
        <translation>models[%1].%2: 0 ya da daha büyük bir sayı bekleniyordu, %3 geldi</translation>
    </message>
    <message>
        <source>cannot read the pricing file %1: %2</source>
        <translation>fiyat dosyası %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>pricing file %1: %2</source>
        <translation>fiyat dosyası %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON değil: %2. baytta %1</translation>
    </message>
    <message>
        <source>expected a JSON object with "currency" and "models"</source>
        <translation>"currency" ve "models" içeren bir JSON nesnesi bekleniyordu</translation>
    </message>
    <message>
        <source>currency: expected a currency name such as "USD"</source>
        <translation>currency: "USD" gibi bir para birimi adı bekleniyordu</translation>
    </message>
    <message>
        <source>models: expected a list of prices</source>
        <translation>models: bir fiyat listesi bekleniyordu</translation>
    </message>
    <message>
        <source>models[%1]: expected an object</source>
        <translation>models[%1]: bir nesne bekleniyordu</translation>
    </message>
    <message>
        <source>models[%1].%2: expected a name</source>
        <translation>models[%1].%2: bir ad bekleniyordu</translation>
    </message>
</context>
<context>
    <name>altrunner::PricingEditor</name>
    <message>
        <source>Prices — %1</source>
        <translation>Fiyatlar — %1</translation>
    </message>
    <message>
        <source>What a million input and output tokens cost, per provider (mock, orchestrator, openai) and model; "*" is any model of the provider. A model with no entry has no known cost.</source>
        <translation>Sağlayıcı (mock, orchestrator, openai) ve model başına bir milyon giriş ve çıkış tokenının maliyeti; "*" sağlayıcının her modelidir. Kaydı olmayan bir modelin maliyeti bilinmez.</translation>
    </message>
</context>
<context>
    <name>altrunner::Provider</name>
    <message>
        <source>the '%1' AI provider needs AI_SERVICE_URL</source>
        <translation>'%1' yapay zekâ sağlayıcısı AI_SERVICE_URL gerektirir</translation>
    </message>
</context>
<context>
    <name>altrunner::RequestGuard</name>
    <message>
        <source>request head larger than %1 bytes</source>
        <translation>istek başlığı %1 bayttan büyük</translation>
    </message>
    <message>
        <source>this is not an HTTP request</source>
        <translation>bu bir HTTP isteği değil</translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation>birden fazla Host başlığı</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>geçersiz Content-Length</translation>
    </message>
    <message>
        <source>unsupported Expect header</source>
        <translation>desteklenmeyen Expect başlığı</translation>
    </message>
    <message>
        <source>send the body with a Content-Length, not Transfer-Encoding: %1</source>
        <translation>gövdeyi Transfer-Encoding: %1 ile değil, Content-Length ile gönderin</translation>
    </message>
    <message>
        <source>request body of %1 bytes is larger than the limit of %2 bytes</source>
        <translation>%1 baytlık istek gövdesi %2 baytlık sınırdan büyük</translation>
    </message>
    <message>
        <source>missing Host header</source>
        <translation>Host başlığı eksik</translation>
    </message>
    <message>
        <source>Host '%1' is not allowed: this server answers only to localhost</source>
        <translation>'%1' Host değerine izin yok: bu sunucu yalnızca localhost'a yanıt verir</translation>
    </message>
    <message>
        <source>cross-site requests are not allowed (Origin '%1')</source>
        <translation>siteler arası isteklere izin yok (Origin '%1')</translation>
    </message>
</context>
<context>
    <name>altrunner::ResultCache</name>
    <message>
        <source>the result cache is off: Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>sonuç önbelleği kapalı: Qt'nin SQLite sürücüsü (QSQLITE) kurulu değil</translation>
    </message>
    <message>
        <source>the result cache %1 cannot be used: %2</source>
        <translation>sonuç önbelleği %1 kullanılamıyor: %2</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>bir SQLite veritabanı değil</translation>
    </message>
</context>
<context>
    <name>altrunner::ResultsPane</name>
    <message>
        <source>Tree</source>
        <translation>Ağaç</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>
… (%1 more bytes in %2)</source>
        <translation>
… (%2 içinde %1 bayt daha)</translation>
    </message>
</context>
<context>
    <name>altrunner::RouteTable</name>
    <message>
        <source>missing or wrong token: send Authorization: Bearer &lt;token&gt;</source>
        <translation>belirteç eksik ya da yanlış: Authorization: Bearer &lt;belirteç&gt; gönderin</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>böyle bir uç nokta yok: %1</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3</source>
        <translation>%2 üzerinde %1 kullanılamaz; %3 kullanın</translation>
    </message>
</context>
<context>
    <name>altrunner::RubricVerdict</name>
    <message>
        <source>the grader's verdict is not {"pass": bool, "reason": string}: %1</source>
        <translation>değerlendiricinin kararı {"pass": bool, "reason": string} değil: %1</translation>
    </message>
</context>
<context>
    <name>altrunner::Run</name>
    <message>
        <source>the run has finished</source>
        <translation>çalıştırma bitti</translation>
    </message>
    <message>
        <source>the run has not started</source>
        <translation>çalıştırma başlamadı</translation>
    </message>
    <message>
        <source>the run finished before the decision came</source>
        <translation>çalıştırma, karar gelmeden bitti</translation>
    </message>
</context>
<context>
    <name>altrunner::RunCommands</name>
    <message>
        <source>Cannot re-run</source>
        <translation>Yeniden çalıştırılamıyor</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Yeniden Yükle</translation>
    </message>
    <message>
        <source>Cancel the run and read %1 again?</source>
        <translation>Çalıştırma iptal edilip %1 yeniden okunsun mu?</translation>
    </message>
</context>
<context>
    <name>altrunner::RunController</name>
    <message>
        <source>Running with %1, %2 at once...</source>
        <translation>%1 ile çalıştırılıyor, aynı anda %2...</translation>
    </message>
    <message>
        <source>Cannot re-run</source>
        <translation>Yeniden çalıştırılamıyor</translation>
    </message>
    <message>
        <source>Every task completed in that run: nothing to re-run.</source>
        <translation>O çalıştırmada her görev tamamlandı: yeniden çalıştırılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Re-running %1 of %2 tasks...</source>
        <translation>%2 görevden %1 tanesi yeniden çalıştırılıyor...</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>Sürdürülemiyor</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>Çalıştırılamıyor</translation>
    </message>
    <message>
        <source>Set the service URL in Settings.</source>
        <translation>Hizmet adresini Ayarlar'da girin.</translation>
    </message>
    <message>
        <source>A run of “%1” was interrupted before it finished (%2 of %3 tasks had finished). Resume it? Finished tasks keep their results and are not run again.</source>
        <translation>“%1” çalıştırması bitmeden kesildi (%3 görevden %2 tanesi bitmişti). Sürdürülsün mü? Biten görevler sonuçlarını korur ve yeniden çalıştırılmaz.</translation>
    </message>
    <message>
        <source>Resume Interrupted Run</source>
        <translation>Kesilen Çalıştırmayı Sürdür</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>İptal ediliyor...</translation>
    </message>
    <message>
        <source>Cannot serve the REST API</source>
        <translation>REST API sunulamıyor</translation>
    </message>
    <message>
        <source>API: %1%2</source>
        <translation>API: %1%2</translation>
    </message>
    <message>
        <source> (no token, this computer only)</source>
        <translation> (belirteç yok, yalnızca bu bilgisayar)</translation>
    </message>
    <message>
        <source> (token required)</source>
        <translation> (belirteç gerekli)</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it.</source>
        <translation>Yalnızca bu bilgisayardaki programlar erişebilir.</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Belirteç: %1</translation>
    </message>
    <message>
        <source>Its AI tasks get simulated answers, marked as such.</source>
        <translation>YZ görevleri, öyle işaretlenmiş benzetim yanıtları alır.</translation>
    </message>
    <message>
        <source>Its AI tasks fail without being tried; check the service URL in Settings.</source>
        <translation>YZ görevleri denenmeden başarısız olur; Ayarlar'daki hizmet adresini denetleyin.</translation>
    </message>
    <message>
        <source>The LAST file could not be written</source>
        <translation>LAST dosyası yazılamadı</translation>
    </message>
    <message numerus="yes">
        <source>Archive: failing, %n waiting</source>
        <translation>
            <numerusform>Arşiv: başarısız, %n bekliyor</numerusform></translation>
    </message>
    <message>
        <source>Archive: connected</source>
        <translation>Arşiv: bağlı</translation>
    </message>
    <message>
        <source>Archive: on</source>
        <translation>Arşiv: açık</translation>
    </message>
    <message>
        <source>LAST files are announced on %1 at %2</source>
        <translation>LAST dosyaları %2 adresinde %1 konusunda duyuruluyor</translation>
    </message>
    <message>
        <source>Where is the ALT file of this run?</source>
        <translation>Bu çalıştırmanın ALT dosyası nerede?</translation>
    </message>
    <message>
        <source>ALT files (*.alt *.json *.alt.yaml *.alt.yml);;All files (*)</source>
        <translation>ALT dosyaları (*.alt *.json *.alt.yaml *.alt.yml);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The run's ALT file was not found; open it, then re-run from the LAST file.</source>
        <translation>Çalıştırmanın ALT dosyası bulunamadı; onu açın, sonra LAST dosyasından yeniden çalıştırın.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); open it to see them.</source>
        <translation>
            <numerusform>%1 dosyasında %n hata var; görmek için açın.</numerusform></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Bir çalıştırma sürüyor</translation>
    </message>
    <message>
        <source>Quitting now stops the run. Cancel it (its LAST file is written with what finished), or stop at once and resume it at the next start?</source>
        <translation>Şimdi çıkmak çalıştırmayı durdurur. İptal edilsin mi (LAST dosyası bitenlerle yazılır), yoksa hemen durdurulup bir sonraki açılışta sürdürülsün mü?</translation>
    </message>
    <message>
        <source>Cancel Run and Quit</source>
        <translation>Çalıştırmayı İptal Et ve Çık</translation>
    </message>
    <message>
        <source>Quit, Resume Later</source>
        <translation>Çık, Sonra Sürdür</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Çalışmaya Devam Et</translation>
    </message>
    <message>
        <source>Cannot open the output folder</source>
        <translation>Çıktı klasörü açılamıyor</translation>
    </message>
    <message>
        <source>No program here opens folders; the folder is %1.</source>
        <translation>Burada klasörleri açan bir program yok; klasör: %1.</translation>
    </message>
    <message>
        <source>A run of “%1” started through the REST API; choose it in the Runs list to watch it.</source>
        <translation>“%1” için REST API üzerinden bir çalıştırma başladı; izlemek için Çalıştırmalar listesinden seçin.</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Çıktı klasörü: %1</translation>
    </message>
    <message>
        <source>Configuration problem: %1</source>
        <translation>Yapılandırma sorunu: %1</translation>
    </message>
    <message>
        <source>Re-running from %1: asking %2 of %3 tasks again, %4 kept...</source>
        <translation>%1 görevinden yeniden çalıştırılıyor: %3 görevin %2 tanesi yeniden soruluyor, %4 tanesi korunuyor...</translation>
    </message>
    <message>
        <source>Running with %1 on the workers at %2, %3 at once...</source>
        <translation>%1 ile %2 adresindeki işçilerde, aynı anda %3 çalışıyor...</translation>
    </message>
    <message>
        <source>the run has finished</source>
        <translation>çalıştırma bitti</translation>
    </message>
    <message>
        <source>Not Decided</source>
        <translation>Karar Verilmedi</translation>
    </message>
    <message>
        <source>'%1' was not decided: %2</source>
        <translation>'%1' için karar alınmadı: %2</translation>
    </message>
    <message>
        <source>Approved '%1'.</source>
        <translation>'%1' onaylandı.</translation>
    </message>
    <message>
        <source>Rejected '%1'.</source>
        <translation>'%1' reddedildi.</translation>
    </message>
</context>
<context>
    <name>altrunner::RunDiff</name>
    <message>
        <source>%1 is not a LAST file (no execution_id and task_results)</source>
        <translation>%1 bir LAST dosyası değil (execution_id ve task_results yok)</translation>
    </message>
    <message>
        <source>(the answers differ; %1 and %2 lines are too many to compare line by line)</source>
        <translation>(yanıtlar farklı; %1 ve %2 satır, satır satır karşılaştırmak için çok fazla)</translation>
    </message>
    <message>
        <source>A: run %1 of %2
B: run %3 of %4
</source>
        <translation>A: %2 dosyasının %1 çalıştırması
B: %4 dosyasının %3 çalıştırması
</translation>
    </message>
    <message>
        <source>tokens %1 -&gt; %2</source>
        <translation>token %1 -&gt; %2</translation>
    </message>
    <message>
        <source>cost %1 -&gt; %2</source>
        <translation>maliyet %1 -&gt; %2</translation>
    </message>
    <message>
        <source>duration %1 ms -&gt; %2 ms</source>
        <translation>süre %1 ms -&gt; %2 ms</translation>
    </message>
    <message>
        <source>checks %1/%2 -&gt; %3/%4 passed</source>
        <translation>geçen denetimler %1/%2 -&gt; %3/%4</translation>
    </message>
    <message>
        <source>, answer changed</source>
        <translation>, yanıt değişti</translation>
    </message>
    <message>
        <source>%1 tasks: %2 the same, %3 added, %4 removed, %5 status changed, %6 answer changed
</source>
        <translation>%1 görev: %2 aynı, %3 eklendi, %4 çıkarıldı, %5 durumu değişti, %6 yanıtı değişti
</translation>
    </message>
</context>
<context>
    <name>altrunner::RunDiffModel</name>
    <message>
        <source>same</source>
        <translation>aynı</translation>
    </message>
    <message>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>çıkarıldı</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>durumu değişti</translation>
    </message>
    <message>
        <source>answer changed</source>
        <translation>yanıtı değişti</translation>
    </message>
    <message>
        <source>, answer changed</source>
        <translation>, yanıt değişti</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Status A → B</source>
        <translation>Durum A → B</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetonlar</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Denetimler</translation>
    </message>
</context>
<context>
    <name>altrunner::RunLauncher</name>
    <message>
        <source>too many runs at once (the limit is %1); try again when one has finished</source>
        <translation>aynı anda çok fazla çalıştırma var (sınır %1); biri bitince yeniden deneyin</translation>
    </message>
    <message>
        <source>a cost budget (--max-cost, ALTRUNNER_MAX_COST) needs a pricing file (--pricing, ALTRUNNER_PRICING or %1) that prices the model</source>
        <translation>bir maliyet bütçesi (--max-cost, ALTRUNNER_MAX_COST) modeli fiyatlandıran bir fiyat dosyası gerektirir (--pricing, ALTRUNNER_PRICING ya da %1)</translation>
    </message>
    <message>
        <source>no task named to re-run from</source>
        <translation>yeniden çalıştırmanın başlayacağı görev belirtilmedi</translation>
    </message>
    <message>
        <source>no task '%1' in %2</source>
        <translation>%2 içinde '%1' görevi yok</translation>
    </message>
</context>
<context>
    <name>altrunner::RunPlan</name>
    <message>
        <source>no earlier answer</source>
        <translation>önceki yanıt yok</translation>
    </message>
    <message>
        <source>prompt changed since run %1</source>
        <translation>istem %1 çalıştırmasından beri değişti</translation>
    </message>
    <message>
        <source>model changed</source>
        <translation>model değişti</translation>
    </message>
    <message>
        <source>sampling changed</source>
        <translation>örnekleme değişti</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>önbellekte</translation>
    </message>
    <message>
        <source>unknown until '%1' runs</source>
        <translation>'%1' çalışana dek bilinmiyor</translation>
    </message>
    <message>
        <source>run</source>
        <translation>çalışacak</translation>
    </message>
    <message>
        <source>run (%1)</source>
        <translation>çalışacak (%1)</translation>
    </message>
    <message>
        <source>not an AI task</source>
        <translation>yapay zekâ görevi değil</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>aktarıldı</translation>
    </message>
    <message>
        <source>the simulated provider is not cached</source>
        <translation>benzetim sağlayıcısı önbelleğe alınmaz</translation>
    </message>
    <message>
        <source>the cache is off</source>
        <translation>önbellek kapalı</translation>
    </message>
    <message>
        <source>the cache cannot be read</source>
        <translation>önbellek okunamıyor</translation>
    </message>
    <message>
        <source>refresh asks afresh</source>
        <translation>yenile kipi yeniden sorar</translation>
    </message>
    <message>
        <source>temperature %1 is not reused in auto mode</source>
        <translation>%1 sıcaklığı auto kipinde yeniden kullanılmaz</translation>
    </message>
    <message>
        <source>re-run from here</source>
        <translation>buradan yeniden çalıştırma</translation>
    </message>
    <message>
        <source>schema changed</source>
        <translation>şema değişti</translation>
    </message>
    <message>
        <source>model alias '%1' now points elsewhere</source>
        <translation>'%1' model takma adı artık başka bir yeri gösteriyor</translation>
    </message>
</context>
<context>
    <name>altrunner::RunPostRequest</name>
    <message>
        <source>send the request as Content-Type: application/json</source>
        <translation>isteği Content-Type: application/json olarak gönderin</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>gövde geçerli JSON değil: %2. baytta %1</translation>
    </message>
    <message>
        <source>the body must be a JSON object with an alt_file member</source>
        <translation>gövde, alt_file üyesi olan bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>options must be an object</source>
        <translation>options bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>alt_file must be the ALT file as a JSON string or object (or give altFileId, a file of ALT_FILES_DIR)</source>
        <translation>alt_file, JSON dizgesi ya da nesnesi olarak ALT dosyası olmalıdır (ya da ALT_FILES_DIR içindeki bir dosya için altFileId verin)</translation>
    </message>
    <message>
        <source>mode must be normal, dream, explore or chaos</source>
        <translation>mode normal, dream, explore ya da chaos olmalı</translation>
    </message>
    <message>
        <source>persona must be a string</source>
        <translation>persona bir dizge olmalı</translation>
    </message>
    <message>
        <source>metadata must be an object</source>
        <translation>metadata bir nesne olmalı</translation>
    </message>
    <message>
        <source>models: %1</source>
        <translation>modeller: %1</translation>
    </message>
    <message>
        <source>models must be a models document (an object) or the name of one</source>
        <translation>models bir modeller belgesi (nesne) ya da bir belgenin adı olmalı</translation>
    </message>
    <message>
        <source>model must be a model name, or an alias of the models file</source>
        <translation>model bir model adı ya da modeller dosyasındaki bir takma ad olmalı</translation>
    </message>
    <message>
        <source>rerun_of must be the execution id of an earlier run</source>
        <translation>rerun_of önceki bir çalıştırmanın yürütme kimliği olmalıdır</translation>
    </message>
    <message>
        <source>rerun_from must be a list of task ids</source>
        <translation>rerun_from bir görev kimlikleri listesi olmalıdır</translation>
    </message>
    <message>
        <source>rerun_from needs rerun_of: the run whose other answers are kept</source>
        <translation>rerun_from, rerun_of ister: diğer yanıtları korunacak çalıştırma</translation>
    </message>
</context>
<context>
    <name>altrunner::RunSettingsBar</name>
    <message>
        <source>Run Settings</source>
        <translation>Çalıştırma Ayarları</translation>
    </message>
    <message>
        <source>File's mode</source>
        <translation>Dosyanın kipi</translation>
    </message>
    <message>
        <source>Mode: sets the AI's sampling; the file's unless chosen here</source>
        <translation>Kip: yapay zekânın örneklemesini belirler; burada seçilmezse dosyanınki</translation>
    </message>
    <message>
        <source>File's persona</source>
        <translation>Dosyanın kişiliği</translation>
    </message>
    <message>
        <source>Persona sent to the AI service</source>
        <translation>Yapay zekâ hizmetine gönderilen kişilik</translation>
    </message>
    <message>
        <source>at once: </source>
        <translation>aynı anda: </translation>
    </message>
    <message>
        <source>Attempts in flight at most</source>
        <translation>Aynı anda en çok deneme sayısı</translation>
    </message>
    <message>
        <source>Simulated AI</source>
        <translation>Benzetim YZ</translation>
    </message>
    <message>
        <source>ALT_LAS Orchestrator</source>
        <translation>ALT_LAS Orkestratörü</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI uyumlu</translation>
    </message>
    <message>
        <source>Where AI tasks are sent (the address is in Settings)</source>
        <translation>YZ görevlerinin gönderildiği yer (adres Ayarlar'da)</translation>
    </message>
    <message>
        <source>no token budget</source>
        <translation>token bütçesi yok</translation>
    </message>
    <message>
        <source>tokens ≤ </source>
        <translation>token ≤ </translation>
    </message>
    <message>
        <source>Never spend more tokens than this in one run: an AI request is sent only if its worst case still fits</source>
        <translation>Bir çalıştırmada bundan fazla token harcama: bir yapay zekâ isteği ancak en kötü durumu hâlâ sığıyorsa gönderilir</translation>
    </message>
    <message>
        <source>no cost budget</source>
        <translation>maliyet bütçesi yok</translation>
    </message>
    <message>
        <source>cost ≤ </source>
        <translation>maliyet ≤ </translation>
    </message>
    <message>
        <source>Never spend more than this in one run, in the pricing file's currency (Settings)</source>
        <translation>Bir çalıştırmada bundan fazlasını harcama, fiyat dosyasının para biriminde (Ayarlar)</translation>
    </message>
    <message>
        <source>Cache: auto</source>
        <translation>Önbellek: otomatik</translation>
    </message>
    <message>
        <source>Cache: off</source>
        <translation>Önbellek: kapalı</translation>
    </message>
    <message>
        <source>Cache: refresh</source>
        <translation>Önbellek: yenile</translation>
    </message>
    <message>
        <source>Cache: always</source>
        <translation>Önbellek: her zaman</translation>
    </message>
    <message>
        <source>Reuse an identical request's answer when its temperature is at most 0.2 or it sets a seed</source>
        <translation>Sıcaklığı en çok 0,2 olan ya da tohum belirten aynı isteğin yanıtını yeniden kullan</translation>
    </message>
    <message>
        <source>Neither read nor write the result cache</source>
        <translation>Sonuç önbelleğini ne oku ne yaz</translation>
    </message>
    <message>
        <source>Ask every request afresh and store the answers</source>
        <translation>Her isteği yeniden sor ve yanıtları sakla</translation>
    </message>
    <message>
        <source>Reuse any identical request's answer</source>
        <translation>Aynı her isteğin yanıtını yeniden kullan</translation>
    </message>
    <message>
        <source>The result cache: whether an identical request's stored answer is used instead of asking again</source>
        <translation>Sonuç önbelleği: aynı isteğin saklanan yanıtının yeniden sormak yerine kullanılıp kullanılmayacağı</translation>
    </message>
</context>
<context>
    <name>altrunner::RunsController</name>
    <message>
        <source>cannot read the ALT file '%1'</source>
        <translation>ALT dosyası '%1' okunamıyor</translation>
    </message>
    <message numerus="yes">
        <source>the ALT file is not valid: %n error(s)</source>
        <translation>
            <numerusform>ALT dosyası geçerli değil: %n hata</numerusform></translation>
    </message>
    <message>
        <source>no LAST file of run %1 in the output folder</source>
        <translation>çıktı klasöründe %1 çalıştırmasının LAST dosyası yok</translation>
    </message>
    <message>
        <source>no run with id '%1'</source>
        <translation>'%1' kimlikli bir çalıştırma yok</translation>
    </message>
    <message>
        <source>run '%1' has already finished</source>
        <translation>'%1' çalıştırması zaten bitti</translation>
    </message>
    <message>
        <source>run '%1' is still going; its LAST file is written when it ends</source>
        <translation>'%1' çalıştırması sürüyor; LAST dosyası bitince yazılır</translation>
    </message>
    <message>
        <source>run '%1' could not write its LAST file: %2</source>
        <translation>'%1' çalıştırması LAST dosyasını yazamadı: %2</translation>
    </message>
    <message>
        <source>the LAST file of run '%1' cannot be read: %2</source>
        <translation>'%1' çalıştırmasının LAST dosyası okunamıyor: %2</translation>
    </message>
    <message>
        <source>a LAST file is named last_&lt;execution id&gt;.json, not '%1'</source>
        <translation>bir LAST dosyasının adı last_&lt;çalıştırma kimliği&gt;.json biçimindedir, '%1' değil</translation>
    </message>
    <message>
        <source>no LAST file %1 in the output folder</source>
        <translation>çıktı klasöründe %1 adlı LAST dosyası yok</translation>
    </message>
    <message>
        <source>send the decision as Content-Type: application/json</source>
        <translation>kararı Content-Type: application/json olarak gönderin</translation>
    </message>
    <message>
        <source>the body must be a JSON object such as {"decision": "approve"}</source>
        <translation>gövde {"decision": "approve"} gibi bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>unknown member '%1' (a decision has decision, note and output)</source>
        <translation>bilinmeyen üye '%1' (bir kararda decision, note ve output olur)</translation>
    </message>
    <message>
        <source>decision must be "approve" or "reject"</source>
        <translation>decision "approve" ya da "reject" olmalı</translation>
    </message>
    <message>
        <source>note must be a string</source>
        <translation>note bir metin olmalı</translation>
    </message>
    <message>
        <source>run '%1' has finished; its gates are decided when it is resumed</source>
        <translation>'%1' çalıştırması bitti; onay kapıları sürdürüldüğünde karara bağlanır</translation>
    </message>
</context>
<context>
    <name>altrunner::RunsModel</name>
    <message>
        <source>%1 (API)</source>
        <translation>%1 (API)</translation>
    </message>
    <message>
        <source>running, %L1 of %L2 done</source>
        <translation>çalışıyor, %L2 görevin %L1 tanesi bitti</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştırma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetonlar</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>“%1”, started %2, going on (run %3)</source>
        <translation>“%1”, başlangıç %2, sürüyor (çalıştırma %3)</translation>
    </message>
    <message>
        <source>“%1”, started %2: %3 – %L4 completed, %L5 not (run %6, LAST file %7)</source>
        <translation>“%1”, başlangıç %2: %3 – %L4 tamamlandı, %L5 tamamlanmadı (çalıştırma %6, LAST dosyası %7)</translation>
    </message>
</context>
<context>
    <name>altrunner::RunsPanel</name>
    <message>
        <source>Filter runs</source>
        <translation>Çalıştırmaları süz</translation>
    </message>
</context>
<context>
    <name>altrunner::Scheduler</name>
    <message>
        <source>run cancelled</source>
        <translation>çalıştırma iptal edildi</translation>
    </message>
    <message>
        <source>attempt timed out after %1 s</source>
        <translation>deneme %1 sn sonra zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>run stopped by fail-fast: task '%1' did not complete</source>
        <translation>çalıştırma fail-fast ile durduruldu: '%1' görevi tamamlanmadı</translation>
    </message>
    <message>
        <source>dependency '%1' failed</source>
        <translation>'%1' bağımlılığı başarısız oldu</translation>
    </message>
    <message>
        <source>answer does not match the schema: %1</source>
        <translation>yanıt şemaya uymuyor: %1</translation>
    </message>
    <message>
        <source>the grader cannot be asked: %1</source>
        <translation>değerlendiriciye sorulamıyor: %1</translation>
    </message>
    <message>
        <source>the grader did not answer: %1</source>
        <translation>değerlendirici yanıt vermedi: %1</translation>
    </message>
    <message>
        <source>Approve the answer of '%1'?</source>
        <translation>'%1' görevinin yanıtı onaylansın mı?</translation>
    </message>
    <message>
        <source>decided without asking</source>
        <translation>sormadan karar verildi</translation>
    </message>
    <message>
        <source>no task '%1' in this run</source>
        <translation>bu çalıştırmada '%1' görevi yok</translation>
    </message>
    <message>
        <source>task '%1' is no approval gate</source>
        <translation>'%1' görevi bir onay kapısı değil</translation>
    </message>
    <message>
        <source>the run has finished</source>
        <translation>çalıştırma bitti</translation>
    </message>
    <message>
        <source>gate '%1' is not waiting for a decision (it is %2)</source>
        <translation>'%1' kapısı karar beklemiyor (durumu: %2)</translation>
    </message>
    <message>
        <source>an edited answer comes with an approval, not a rejection</source>
        <translation>düzenlenmiş yanıt bir ret ile değil, onay ile gelir</translation>
    </message>
    <message>
        <source>gate '%1' has no answer to edit (an approval task names one with "editable")</source>
        <translation>'%1' kapısının düzenlenecek yanıtı yok (onay görevi bunu "editable" ile belirtir)</translation>
    </message>
    <message>
        <source>the edited answer does not match the output schema of '%1': %2</source>
        <translation>düzenlenmiş yanıt '%1' görevinin çıktı şemasına uymuyor: %2</translation>
    </message>
    <message>
        <source>the answer of '%1' is text: the edited answer must be a string</source>
        <translation>'%1' görevinin yanıtı metin: düzenlenmiş yanıt bir metin olmalı</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>%1 tarafından reddedildi</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>%1 tarafından reddedildi: %2</translation>
    </message>
    <message>
        <source>no decision within %1 s</source>
        <translation>%1 sn içinde karar verilmedi</translation>
    </message>
</context>
<context>
    <name>altrunner::Segmentation</name>
    <message>
        <source>missing required field '%1'</source>
        <translation>zorunlu alan '%1' eksik</translation>
    </message>
    <message>
        <source>'%1' must not be empty</source>
        <translation>'%1' boş olmamalıdır</translation>
    </message>
    <message>
        <source>'%1' must be a non-empty string, not %2</source>
        <translation>'%1' boş olmayan bir dizge olmalıdır, %2 değil</translation>
    </message>
    <message>
        <source>%1 are not supported by ALT Runner</source>
        <translation>%1 ALT Runner tarafından desteklenmiyor</translation>
    </message>
    <message>
        <source>'timestamp' %1 has no time zone: read as UTC</source>
        <translation>'timestamp' %1 saat dilimi içermiyor: UTC olarak okundu</translation>
    </message>
    <message>
        <source>'chaos_level' must be an integer from 1 to 10 in Chaos mode, not %1</source>
        <translation>'chaos_level' Chaos kipinde 1 ile 10 arasında bir tamsayı olmalıdır, %1 değil</translation>
    </message>
    <message>
        <source>'chaos_level' must be null unless the mode is Chaos</source>
        <translation>kip Chaos değilse 'chaos_level' null olmalıdır</translation>
    </message>
    <message>
        <source>'segments' must hold at least one segment</source>
        <translation>'segments' en az bir bölüm içermelidir</translation>
    </message>
    <message>
        <source>'segments' must be a list of segments, not %1</source>
        <translation>'segments' bölümlerden oluşan bir liste olmalıdır, %1 değil</translation>
    </message>
    <message>
        <source>segment #%1: </source>
        <translation>bölüm #%1: </translation>
    </message>
    <message>
        <source>a parameter must be a mapping with a name and a value</source>
        <translation>bir parametre, adı ve değeri olan bir eşleme olmalıdır</translation>
    </message>
    <message>
        <source>a parameter needs a 'name'</source>
        <translation>bir parametrenin 'name' alanı olmalıdır</translation>
    </message>
    <message>
        <source>parameter '%1' needs a 'value'</source>
        <translation>'%1' parametresinin 'value' alanı olmalıdır</translation>
    </message>
    <message>
        <source>'parameters' must be a list of {name, value}, not %1</source>
        <translation>'parameters' {name, value} listesi olmalıdır, %1 değil</translation>
    </message>
</context>
<context>
    <name>altrunner::SettingsDialog</name>
    <message>
        <source>Answer from the simulated provider when the AI service keeps failing</source>
        <translation>Yapay zekâ hizmeti başarısız olmaya devam ederse benzetim sağlayıcısı yanıt versin</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Simulated (offline, for trying things out)</source>
        <translation>Benzetim (çevrimdışı, denemek için)</translation>
    </message>
    <message>
        <source>ALT_LAS AI Orchestrator</source>
        <translation>ALT_LAS Yapay Zekâ Orkestratörü</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI uyumlu sunucu</translation>
    </message>
    <message>
        <source>kept for this session only, never saved</source>
        <translation>yalnızca bu oturum için tutulur, asla kaydedilmez</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Gözat...</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>Çıktı Klasörü</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Bağlantıyı Sına</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Sağlayıcı:</translation>
    </message>
    <message>
        <source>Service URL:</source>
        <translation>Hizmet adresi:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API anahtarı:</translation>
    </message>
    <message>
        <source>AI request time-out:</source>
        <translation>YZ isteği zaman aşımı:</translation>
    </message>
    <message>
        <source>Task time-out:</source>
        <translation>Görev zaman aşımı:</translation>
    </message>
    <message>
        <source>Tasks at once:</source>
        <translation>Aynı anda görev:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Çıktı klasörü:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Set in the environment, and used instead of what is saved here: %1</source>
        <translation>Ortam değişkenlerinde ayarlı ve burada kaydedilen yerine kullanılıyor: %1</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>Dil değişikliği bir sonraki açılışta geçerli olur.</translation>
    </message>
    <message>
        <source>Enter the service URL first, such as http://localhost:8000.</source>
        <translation>Önce hizmet adresini girin, örneğin http://localhost:8000.</translation>
    </message>
    <message>
        <source>Asking %1...</source>
        <translation>%1 soruluyor...</translation>
    </message>
    <message>
        <source>The pricing file: what tokens cost per provider and model. Empty: the one in your settings folder, if it exists.</source>
        <translation>Fiyat dosyası: sağlayıcı ve model başına token maliyeti. Boş: varsa ayarlar klasörünüzdeki.</translation>
    </message>
    <message>
        <source>max_tokens of every AI request whose task sets none; with the prompt it bounds what a request can cost</source>
        <translation>görevi belirtmeyen her yapay zekâ isteğinin max_tokens değeri; istemle birlikte bir isteğin maliyetini sınırlar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sınır yok</translation>
    </message>
    <message>
        <source>The AI endpoint's limit: requests are paced evenly under it, and a 429 pauses the endpoint whatever is set here</source>
        <translation>Yapay zekâ uç noktasının sınırı: istekler bunun altında eşit aralıklarla gönderilir; burada ne ayarlanmış olursa olsun bir 429 uç noktayı duraklatır</translation>
    </message>
    <message>
        <source>Pricing File</source>
        <translation>Fiyat Dosyası</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Edit Prices...</source>
        <translation>Fiyatları Düzenle...</translation>
    </message>
    <message>
        <source>Max tokens per request:</source>
        <translation>İstek başına en çok token:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>Dakikada istek:</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>Dakikada token:</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Fiyatlar:</translation>
    </message>
    <message>
        <source>Stream answers as they are written (OpenAI-compatible services)</source>
        <translation>Yanıtları yazıldıkça akıt (OpenAI uyumlu hizmetler)</translation>
    </message>
    <message>
        <source>How long to wait for the first byte of an answer; a streamed answer may then take up to the task time-out</source>
        <translation>Bir yanıtın ilk baytı için ne kadar beklenir; akan bir yanıt sonra görev zaman aşımına kadar sürebilir</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434 for Ollama</source>
        <translation>ör. Ollama için http://localhost:11434</translation>
    </message>
    <message>
        <source>auto: reuse answers of temperature ≤ 0.2 or with a seed</source>
        <translation>otomatik: sıcaklığı ≤ 0,2 olan ya da tohum belirten yanıtları yeniden kullan</translation>
    </message>
    <message>
        <source>off: neither read nor write</source>
        <translation>kapalı: ne oku ne yaz</translation>
    </message>
    <message>
        <source>refresh: ask afresh, keep the answers</source>
        <translation>yenile: yeniden sor, yanıtları sakla</translation>
    </message>
    <message>
        <source>always: reuse any identical request's answer</source>
        <translation>her zaman: aynı her isteğin yanıtını yeniden kullan</translation>
    </message>
    <message>
        <source>The result cache: an identical request's stored answer instead of asking again (the run settings bar can change it per run)</source>
        <translation>Sonuç önbelleği: yeniden sormak yerine aynı isteğin saklanan yanıtı (çalıştırma ayarları çubuğu her çalıştırma için değiştirebilir)</translation>
    </message>
    <message>
        <source>The port Server ▸ Serve REST API listens on, on this computer</source>
        <translation>Sunucu ▸ REST API Sun komutunun bu bilgisayarda dinlediği bağlantı noktası</translation>
    </message>
    <message>
        <source>none: only programs on this computer; kept for this session</source>
        <translation>yok: yalnızca bu bilgisayardaki programlar; bu oturum için tutulur</translation>
    </message>
    <message>
        <source>Clients send it as Authorization: Bearer &lt;token&gt;. Kept for this session only, never saved; ALTRUNNER_API_TOKEN sets it for good.</source>
        <translation>İstemciler bunu Authorization: Bearer &lt;belirteç&gt; olarak gönderir. Yalnızca bu oturum için tutulur, asla kaydedilmez; kalıcı olarak ALTRUNNER_API_TOKEN ile belirlenir.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Üret</translation>
    </message>
    <message>
        <source>Result cache:</source>
        <translation>Sonuç önbelleği:</translation>
    </message>
    <message>
        <source>REST API port:</source>
        <translation>REST API bağlantı noktası:</translation>
    </message>
    <message>
        <source>REST API token:</source>
        <translation>REST API belirteci:</translation>
    </message>
    <message>
        <source>the system's (http_proxy, https_proxy, no_proxy); none: direct</source>
        <translation>sistemin (http_proxy, https_proxy, no_proxy); none: doğrudan</translation>
    </message>
    <message>
        <source>A proxy for AI requests, such as http://proxy:3128 (AI_PROXY); "none" goes direct; empty: the environment's</source>
        <translation>Yapay zekâ istekleri için bir vekil, ör. http://proxy:3128 (AI_PROXY); "none" doğrudan bağlanır; boş: ortamınki</translation>
    </message>
    <message>
        <source>the system's certificate authorities</source>
        <translation>sistemin sertifika yetkilileri</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust for https besides the system's, for a service with a private CA (AI_CA_FILE)</source>
        <translation>Özel bir sertifika yetkilisi kullanan hizmetler için, https'te sisteminkilere ek olarak güvenilecek sertifika yetkililerinin PEM dosyası (AI_CA_FILE)</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>Sertifika Yetkilileri</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM sertifikaları (*.pem *.crt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Vekil:</translation>
    </message>
    <message>
        <source>Trusted CAs:</source>
        <translation>Güvenilen yetkililer:</translation>
    </message>
    <message>
        <source>The models file: aliases that tasks name as their model, with the models asked when one fails. Empty: the one in your settings folder, if it exists.</source>
        <translation>Modeller dosyası: görevlerin model olarak adlandırdığı takma adlar ve biri başarısız olduğunda sorulacak modeller. Boş: varsa ayarlar klasörünüzdeki dosya.</translation>
    </message>
    <message>
        <source>Models File</source>
        <translation>Modeller Dosyası</translation>
    </message>
    <message>
        <source>Edit Models...</source>
        <translation>Modelleri Düzenle...</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modeller:</translation>
    </message>
    <message>
        <source>off: AI calls are made on this computer</source>
        <translation>kapalı: YZ çağrıları bu bilgisayarda yapılır</translation>
    </message>
    <message>
        <source>nats://HOST:4222 sends the AI calls to workers (altrunner-cli worker) through NATS JetStream; each worker uses its own API key (ALTRUNNER_WORKERS)</source>
        <translation>nats://SUNUCU:4222 YZ çağrılarını NATS JetStream üzerinden işçilere (altrunner-cli worker) gönderir; her işçi kendi API anahtarını kullanır (ALTRUNNER_WORKERS)</translation>
    </message>
    <message>
        <source>Run on workers:</source>
        <translation>İşçilerde çalıştır:</translation>
    </message>
</context>
<context>
    <name>altrunner::ShownRun</name>
    <message>
        <source>%1 (past run) – ALT Runner</source>
        <translation>%1 (geçmiş çalıştırma) – ALT Runner</translation>
    </message>
    <message>
        <source>%1 – ALT Runner</source>
        <translation>%1 – ALT Runner</translation>
    </message>
    <message>
        <source>%1 (API run) – ALT Runner</source>
        <translation>%1 (API çalıştırması) – ALT Runner</translation>
    </message>
    <message>
        <source>ALT Runner</source>
        <translation>ALT Runner</translation>
    </message>
    <message>
        <source>(this run came through the REST API)</source>
        <translation>(bu çalıştırma REST API üzerinden geldi)</translation>
    </message>
    <message>
        <source>%1 (resumed run) – ALT Runner</source>
        <translation>%1 (sürdürülen çalıştırma) – ALT Runner</translation>
    </message>
    <message>
        <source>This is a past run, read from its LAST file alone: the file holds the tasks and their results, not the ALT file's text.</source>
        <translation>Bu, yalnızca LAST dosyasından okunan geçmiş bir çalıştırmadır: dosya görevleri ve sonuçlarını içerir, ALT dosyasının metnini içermez.</translation>
    </message>
    <message>
        <source>This is a past run, read from its LAST file alone. Its ALT file was %1; open it (Ctrl+O) to see its text as it is now.</source>
        <translation>Bu, yalnızca LAST dosyasından okunan geçmiş bir çalıştırmadır. ALT dosyası %1 idi; metnini şimdiki hâliyle görmek için açın (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>altrunner::StatusBar</name>
    <message>
        <source> Simulated AI </source>
        <translation> Benzetim YZ </translation>
    </message>
    <message>
        <source>Runs use the built-in simulated provider: answers are made up offline and marked as simulated.</source>
        <translation>Çalıştırmalar yerleşik benzetim sağlayıcısını kullanır: yanıtlar çevrimdışı üretilir ve benzetim olarak işaretlenir.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 tamamlandı</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 başarısız</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 iptal edildi</translation>
    </message>
    <message>
        <source>%1 of %2 answers were simulated</source>
        <translation>%2 yanıtın %1 tanesi benzetimdi</translation>
    </message>
    <message>
        <source>First error (%1): %2</source>
        <translation>İlk hata (%1): %2</translation>
    </message>
    <message>
        <source>, in %1.</source>
        <translation>, %1 içinde.</translation>
    </message>
    <message>
        <source>LAST file: %1</source>
        <translation>LAST dosyası: %1</translation>
    </message>
    <message>
        <source>Your run finished: %1. It is in the Runs list.</source>
        <translation>Çalıştırmanız bitti: %1. Çalıştırmalar listesinde.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from the cache</source>
        <translation>
            <numerusform>önbellekten %n yanıt</numerusform></translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed, %3 warned.</source>
        <translation>Denetimler: %1 geçti, %2 başarısız, %3 uyarı.</translation>
    </message>
</context>
<context>
    <name>altrunner::StatusStyle</name>
    <message>
        <source>pending</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>running</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>yeniden denenecek</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>başarılı</translation>
    </message>
    <message>
        <source>partly succeeded</source>
        <translation>kısmen başarılı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edilen</translation>
    </message>
    <message>
        <source>Stopped by the budget</source>
        <translation>Bütçe tarafından durduruldu</translation>
    </message>
    <message>
        <source>Completed with simulated answers</source>
        <translation>Benzetim yanıtlarıyla tamamlandı</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Partly succeeded</source>
        <translation>Kısmen başarılı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>önbellekten</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>benzetimli</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Hâlâ çalışıyor</translation>
    </message>
    <message>
        <source>did not match the schema</source>
        <translation>şemaya uymadı</translation>
    </message>
    <message>
        <source>Waiting for decisions</source>
        <translation>Kararlar bekleniyor</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>sizi bekliyor</translation>
    </message>
    <message>
        <source>waiting for decisions</source>
        <translation>kararlar bekleniyor</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskDetails</name>
    <message>
        <source>Select a task in the graph, the timeline or the task list.</source>
        <translation>Grafikte, zaman çizelgesinde ya da görev listesinde bir görev seçin.</translation>
    </message>
    <message>
        <source>Answered by the simulated provider after the AI service failed (AI_FALLBACK_TO_MOCK).</source>
        <translation>Yapay zekâ hizmeti başarısız olunca benzetim sağlayıcısı yanıtladı (AI_FALLBACK_TO_MOCK).</translation>
    </message>
    <message>
        <source>Simulated answer (mock provider).</source>
        <translation>Benzetim yanıtı (mock sağlayıcı).</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>AI prompt</source>
        <translation>YZ istemi</translation>
    </message>
    <message>
        <source>no-op</source>
        <translation>işlemsiz</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Bağımlı olduğu</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritik yol</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Çıktı</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>running</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>waited %1 before retrying</source>
        <translation>yeniden denemeden önce %1 beklendi</translation>
    </message>
    <message>
        <source>%1 tokens (in %2, out %3%4), cost %5, model %6, provider %7</source>
        <translation>%1 token (giriş %2, çıkış %3%4), maliyet %5, model %6, sağlayıcı %7</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, tahmini</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>waited %1 for a rate-limit or budget slot</source>
        <translation>hız sınırı ya da bütçe için %1 beklendi</translation>
    </message>
    <message>
        <source>Answered from the result cache: the same request was answered before, so nothing was sent.</source>
        <translation>Sonuç önbelleğinden yanıtlandı: aynı istek daha önce yanıtlanmıştı, bu yüzden hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Answer (arriving)</source>
        <translation>Yanıt (geliyor)</translation>
    </message>
    <message>
        <source>The answer was cut short: the model stopped at max_tokens. Raise the task's max_tokens (or AI_MAX_TOKENS) to get all of it.</source>
        <translation>Yanıt yarıda kaldı: model max_tokens sınırında durdu. Tamamını almak için görevin max_tokens değerini (ya da AI_MAX_TOKENS) artırın.</translation>
    </message>
    <message>
        <source>First token after %1, then %2 tokens/s</source>
        <translation>İlk token %1 sonra, ardından saniyede %2 token</translation>
    </message>
    <message>
        <source>First token after %1</source>
        <translation>İlk token %1 sonra</translation>
    </message>
    <message>
        <source>Prompt (its placeholders fill in once the tasks they name have answered)</source>
        <translation>İstem (yer tutucuları, andıkları görevler yanıtlayınca dolar)</translation>
    </message>
    <message>
        <source>Prompt as sent</source>
        <translation>Gönderildiği haliyle istem</translation>
    </message>
    <message>
        <source>Answer as far as it came (task %1)</source>
        <translation>Yanıtın gelebilen kısmı (görev %1)</translation>
    </message>
    <message>
        <source>Answered by a fallback model: %1</source>
        <translation>Yedek bir model yanıtladı: %1</translation>
    </message>
    <message>
        <source>left '%1': %2</source>
        <translation>'%1' bırakıldı: %2</translation>
    </message>
    <message>
        <source>Output schema</source>
        <translation>Çıktı şeması</translation>
    </message>
    <message>
        <source>the answer matches it (checked here)</source>
        <translation>yanıt ona uyuyor (burada denetlendi)</translation>
    </message>
    <message>
        <source>sent as a strict JSON Schema</source>
        <translation>katı bir JSON Schema olarak gönderildi</translation>
    </message>
    <message>
        <source>sent in the instructions</source>
        <translation>talimatların içinde gönderildi</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>%1 (alias '%2')</source>
        <translation>%1 ('%2' takma adı)</translation>
    </message>
    <message>
        <source>asked '%1'</source>
        <translation>'%1' soruldu</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Denetimler</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) run when the answer is in.</source>
        <translation>
            <numerusform>Yanıt geldiğinde %n denetim çalışır.</numerusform></translation>
    </message>
    <message>
        <source>Approved by %1 at %2.</source>
        <translation>%2 tarihinde %1 tarafından onaylandı.</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2.</source>
        <translation>%2 tarihinde %1 tarafından reddedildi.</translation>
    </message>
    <message>
        <source>Edited by %1 (before and after)</source>
        <translation>%1 tarafından düzenlendi (önce ve sonra)</translation>
    </message>
    <message>
        <source>approval: a person decides</source>
        <translation>onay: bir kişi karar verir</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskNavigator</name>
    <message>
        <source>Find task (Ctrl+F)</source>
        <translation>Görev bul (Ctrl+F)</translation>
    </message>
    <message>
        <source>A task's id or words of its description; Enter shows the next match</source>
        <translation>Bir görevin kimliği ya da açıklamasından sözcükler; Enter sonraki eşleşmeyi gösterir</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskPanel</name>
    <message>
        <source>Filter by id or text</source>
        <translation>Kimliğe ya da metne göre süz</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Tüm görevler</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Hatalar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Çalışan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlanan</translation>
    </message>
    <message>
        <source>From the cache</source>
        <translation>Önbellekten</translation>
    </message>
    <message>
        <source>Which tasks the list shows</source>
        <translation>Listenin hangi görevleri gösterdiği</translation>
    </message>
    <message>
        <source>Next Failure</source>
        <translation>Sonraki Hata</translation>
    </message>
    <message>
        <source>Select the next task that failed, timed out or was cancelled (F8)</source>
        <translation>Başarısız olan, zaman aşımına uğrayan ya da iptal edilen sonraki görevi seç (F8)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tasks. &lt;a href="all"&gt;Show all&lt;/a&gt;</source>
        <translation>%2 görevin %1 tanesi gösteriliyor. &lt;a href="all"&gt;Tümünü göster&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Başarısız denetimler</translation>
    </message>
    <message>
        <source>With checks</source>
        <translation>Denetimi olanlar</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Sizi bekliyor</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Başlamamış</translation>
    </message>
</context>
<context>
    <name>altrunner::TaskTableModel</name>
    <message>
        <source> (mock)</source>
        <translation> (benzetim)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Bağımlı olduğu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation> (önbellekten)</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Sonraki çalıştırma</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Sonraki çalıştırma: %1</translation>
    </message>
    <message>
        <source>✗ %1/%2</source>
        <translation>✗ %1/%2</translation>
    </message>
    <message>
        <source>! %1/%2</source>
        <translation>! %1/%2</translation>
    </message>
    <message>
        <source>✓ %1/%2</source>
        <translation>✓ %1/%2</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Denetimler</translation>
    </message>
</context>
<context>
    <name>altrunner::TestReport</name>
    <message>
        <source>warnings: %1</source>
        <translation>uyarılar: %1</translation>
    </message>
    <message>
        <source>the task ended %1 before its checks ran</source>
        <translation>görev denetimleri çalışmadan önce %1 olarak bitti</translation>
    </message>
    <message>
        <source>%1 before its checks ran: %2</source>
        <translation>denetimleri çalışmadan önce %1: %2</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(dosya)</translation>
    </message>
</context>
<context>
    <name>altrunner::TimelineView</name>
    <message>
        <source>, running</source>
        <translation>, çalışıyor</translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;back-off %1</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;bekleme %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;on the critical path&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;kritik yol üzerinde&lt;/i&gt;</translation>
    </message>
    <message>
        <source>task / time</source>
        <translation>görev / zaman</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n görev</numerusform></translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;waited %1 for a rate-limit or budget slot</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;hız sınırı ya da bütçe için %1 beklendi</translation>
    </message>
    <message>
        <source>&lt;br&gt;answered from the result cache</source>
        <translation>&lt;br&gt;sonuç önbelleğinden yanıtlandı</translation>
    </message>
    <message>
        <source>&lt;br&gt;carried over from an earlier run</source>
        <translation>&lt;br&gt;önceki bir çalıştırmadan aktarıldı</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>aktarıldı</translation>
    </message>
</context>
<context>
    <name>altrunner::Validator</name>
    <message>
        <source>missing required field '%1'</source>
        <translation>zorunlu alan '%1' eksik</translation>
    </message>
    <message>
        <source>'%1' must be a string, not %2</source>
        <translation>'%1' %2 değil, bir dizge olmalı</translation>
    </message>
    <message>
        <source>'%1' must not be empty</source>
        <translation>'%1' boş olmamalıdır</translation>
    </message>
    <message>
        <source>unknown priority %1 (expected low, medium, high or critical)</source>
        <translation>bilinmeyen öncelik %1 (low, medium, high ya da critical bekleniyordu)</translation>
    </message>
    <message>
        <source>'created_at' must be an ISO 8601 date-time such as 2025-04-26T19:32:00Z, not %1</source>
        <translation>'created_at' %1 değil, 2025-04-26T19:32:00Z gibi bir ISO 8601 tarih-saat olmalı</translation>
    </message>
    <message>
        <source>unknown mode %1 (expected normal, dream, explore or chaos)</source>
        <translation>bilinmeyen kip %1 (normal, dream, explore ya da chaos bekleniyordu)</translation>
    </message>
    <message>
        <source>tags must be strings, not %1</source>
        <translation>etiketler %1 değil, dizge olmalı</translation>
    </message>
    <message>
        <source>'tags' must be an array of strings, not %1</source>
        <translation>'tags' %1 değil, bir dizge dizisi olmalı</translation>
    </message>
    <message>
        <source>'metadata' must be an object, not %1</source>
        <translation>'metadata' %1 değil, bir nesne olmalı</translation>
    </message>
    <message>
        <source>missing required field 'tasks'</source>
        <translation>zorunlu 'tasks' alanı eksik</translation>
    </message>
    <message>
        <source>'tasks' must be an array of task objects, not %1</source>
        <translation>'tasks' %1 değil, görev nesnelerinden oluşan bir dizi olmalı</translation>
    </message>
    <message>
        <source>'tasks' must hold at least one task</source>
        <translation>'tasks' en az bir görev içermeli</translation>
    </message>
    <message>
        <source>too many tasks: %1 (the limit is %2)</source>
        <translation>çok fazla görev: %1 (sınır %2)</translation>
    </message>
    <message>
        <source>task #%1: </source>
        <translation>görev #%1: </translation>
    </message>
    <message>
        <source>task '%1': </source>
        <translation>'%1' görevi: </translation>
    </message>
    <message>
        <source>task #%1 must be an object, not %2</source>
        <translation>görev #%1 %2 değil, bir nesne olmalı</translation>
    </message>
    <message>
        <source>duplicate task id '%1' (first used by task #%2 at /tasks/%3)</source>
        <translation>yinelenen görev kimliği '%1' (ilk olarak /tasks/%3 konumundaki görev #%2 kullandı)</translation>
    </message>
    <message>
        <source>a dependency must be a task id (a non-empty string), not %1</source>
        <translation>bir bağımlılık %1 değil, bir görev kimliği (boş olmayan bir dizge) olmalı</translation>
    </message>
    <message>
        <source>'dependencies' must be an array of task ids or null, not %1</source>
        <translation>'dependencies' %1 değil, görev kimliklerinden oluşan bir dizi ya da null olmalı</translation>
    </message>
    <message>
        <source>'parameters' must be an object, not %1</source>
        <translation>'parameters' %1 değil, bir nesne olmalı</translation>
    </message>
    <message>
        <source>'%1' must be %2, not %3</source>
        <translation>'%1' %3 değil, %2 olmalı</translation>
    </message>
    <message>
        <source>a number of milliseconds from 0 to 86400000</source>
        <translation>0 ile 86400000 arasında bir milisaniye sayısı</translation>
    </message>
    <message>
        <source>a number from 0 to 2</source>
        <translation>0 ile 2 arasında bir sayı</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>0 ile 1 arasında bir sayı</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>pozitif bir tam sayı</translation>
    </message>
    <message>
        <source>an integer from 0 to 1000</source>
        <translation>0 ile 1000 arasında bir tam sayı</translation>
    </message>
    <message>
        <source>'model' must be a non-empty string, not %1</source>
        <translation>'model' %1 değil, boş olmayan bir dizge olmalı</translation>
    </message>
    <message>
        <source>'timeout_seconds' must be a number above 0 and at most 86400, not %1</source>
        <translation>'timeout_seconds' %1 değil, 0'dan büyük ve en çok 86400 olan bir sayı olmalı</translation>
    </message>
    <message>
        <source>'retry_count' must be an integer from 0 to 20, not %1</source>
        <translation>'retry_count' %1 değil, 0 ile 20 arasında bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>depends on unknown task '%1'</source>
        <translation>bilinmeyen '%1' görevine bağımlı</translation>
    </message>
    <message>
        <source>depends on itself</source>
        <translation>kendisine bağımlı</translation>
    </message>
    <message>
        <source>lists dependency '%1' more than once</source>
        <translation>'%1' bağımlılığını birden fazla kez listeliyor</translation>
    </message>
    <message>
        <source>cycle: %1</source>
        <translation>döngü: %1</translation>
    </message>
    <message>
        <source>placeholder {{%1}} names no task of this file</source>
        <translation>{{%1}} yer tutucusu bu dosyadaki hiçbir görevi adlandırmıyor</translation>
    </message>
    <message>
        <source>'output_schema' names schema %1, but the file has no top-level 'schemas'</source>
        <translation>'output_schema' %1 şemasını adlandırıyor, ama dosyada en üst düzeyde 'schemas' yok</translation>
    </message>
    <message>
        <source>'output_schema' names schema %1, which 'schemas' does not define (it defines: %2)</source>
        <translation>'output_schema' %1 şemasını adlandırıyor, ama 'schemas' bunu tanımlamıyor (tanımlı olanlar: %2)</translation>
    </message>
    <message>
        <source>'output_schema' must be a JSON Schema object or the name of one in 'schemas', not %1</source>
        <translation>'output_schema' bir JSON Schema nesnesi ya da 'schemas' içindeki birinin adı olmalı, %1 değil</translation>
    </message>
    <message>
        <source>too many different output schemas in one file</source>
        <translation>bir dosyada çok fazla farklı çıktı şeması var</translation>
    </message>
    <message>
        <source>'model' must not be empty</source>
        <translation>'model' boş olmamalı</translation>
    </message>
    <message>
        <source>schema '%1' must be a JSON Schema object, not %2</source>
        <translation>'%1' şeması bir JSON Schema nesnesi olmalı, %2 değil</translation>
    </message>
    <message>
        <source>schema '%1': </source>
        <translation>'%1' şeması: </translation>
    </message>
    <message>
        <source>'schemas' must be an object of named JSON Schemas, not %1</source>
        <translation>'schemas' adlandırılmış JSON Schema'lardan oluşan bir nesne olmalı, %1 değil</translation>
    </message>
    <message>
        <source>'repair_attempts' must be an integer from 0 to 5, not %1</source>
        <translation>'repair_attempts' 0 ile 5 arasında bir tamsayı olmalı, %1 değil</translation>
    </message>
    <message>
        <source>placeholder {{%1}} names a field of task '%2', which has no output_schema: it is empty unless the answer is JSON with that field</source>
        <translation>{{%1}} yer tutucusu '%2' görevinin bir alanını adlandırıyor, ama bu görevin output_schema'sı yok: yanıt o alanı içeren bir JSON değilse boş kalır</translation>
    </message>
    <message>
        <source>placeholder {{%1}}: %2 (the output_schema of '%3')</source>
        <translation>{{%1}} yer tutucusu: %2 ('%3' görevinin output_schema'sı)</translation>
    </message>
    <message>
        <source>placeholder {{%1}} has an empty step in its path</source>
        <translation>{{%1}} yer tutucusunun yolunda boş bir adım var</translation>
    </message>
    <message>
        <source>placeholder {{%1}} names task '%2', which is not a direct or transitive dependency of '%3'</source>
        <translation>{{%1}} yer tutucusu '%2' görevini adlandırıyor, ama bu görev '%3' için doğrudan ya da dolaylı bir bağımlılık değil</translation>
    </message>
    <message>
        <source>unsupported task_type %1 (supported: ai, ai_prompt, noop, generic, approval)</source>
        <translation>desteklenmeyen task_type %1 (desteklenenler: ai, ai_prompt, noop, generic, approval)</translation>
    </message>
    <message>
        <source>'requires_approval' must be true or false, not %1</source>
        <translation>'requires_approval' true ya da false olmalı, %1 değil</translation>
    </message>
    <message>
        <source>'requires_approval' is for AI tasks: a noop task has no answer to approve (a task of task_type "approval" asks a person)</source>
        <translation>'requires_approval' yapay zekâ görevleri içindir: noop görevinin onaylanacak yanıtı yoktur (task_type "approval" olan bir görev bir kişiye sorar)</translation>
    </message>
    <message>
        <source>'approval_timeout_seconds' must be a number of seconds above 0 and at most 31536000 (a year), not %1</source>
        <translation>'approval_timeout_seconds' 0'dan büyük ve en çok 31536000 (bir yıl) saniye olmalı, %1 değil</translation>
    </message>
    <message>
        <source>'on_timeout' must be "reject" or "approve", not %1</source>
        <translation>'on_timeout' "reject" ya da "approve" olmalı, %1 değil</translation>
    </message>
    <message>
        <source>'on_timeout' has no effect without 'approval_timeout_seconds'</source>
        <translation>'on_timeout', 'approval_timeout_seconds' olmadan etkisizdir</translation>
    </message>
    <message>
        <source>has no approval gate, so '%1' has no effect (a task of task_type "approval", or "requires_approval": true, has one)</source>
        <translation>onay kapısı yok, bu yüzden '%1' etkisizdir (task_type "approval" olan ya da "requires_approval": true olan görevlerde vardır)</translation>
    </message>
    <message>
        <source>'question' must be a non-empty string, not %1</source>
        <translation>'question' boş olmayan bir metin olmalı, %1 değil</translation>
    </message>
    <message>
        <source>an approval task needs parameters.question: what the person decides</source>
        <translation>bir onay görevi parameters.question ister: kişinin neye karar verdiği</translation>
    </message>
    <message>
        <source>'editable' is for tasks of task_type "approval"; an AI task that requires approval can have its own answer edited anyway</source>
        <translation>'editable', task_type "approval" olan görevler içindir; onay isteyen bir yapay zekâ görevinin kendi yanıtı zaten düzenlenebilir</translation>
    </message>
    <message>
        <source>'editable' must be the id of a task this one depends on, not %1</source>
        <translation>'editable' bu görevin bağlı olduğu bir görevin kimliği olmalı, %1 değil</translation>
    </message>
    <message>
        <source>'editable' names unknown task '%1'</source>
        <translation>'editable' bilinmeyen '%1' görevini gösteriyor</translation>
    </message>
    <message>
        <source>'editable' names task '%1', which is not a direct or transitive dependency of this gate: only an answer the gate holds back can be edited</source>
        <translation>'editable' '%1' görevini gösteriyor, ama bu kapının doğrudan ya da dolaylı bağımlılığı değil: yalnızca kapının tuttuğu bir yanıt düzenlenebilir</translation>
    </message>
</context>
<context>
    <name>altrunner::ViewExporter</name>
    <message>
        <source>Export Graph</source>
        <translation>Grafiği Dışa Aktar</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zaman Çizelgesini Dışa Aktar</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG resmi (*.png);;SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 olarak dışa aktarıldı</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 yazılamadı.</translation>
    </message>
</context>
<context>
    <name>altrunner::WelcomePane</name>
    <message>
        <source>A research brief: seven tasks, one graph</source>
        <translation>Bir araştırma özeti: yedi görev, bir çizge</translation>
    </message>
    <message>
        <source>A file ALT_LAS's segmentation service wrote</source>
        <translation>ALT_LAS bölütleme hizmetinin yazdığı bir dosya</translation>
    </message>
    <message>
        <source>A file with mistakes, to see them told</source>
        <translation>Hataların nasıl bildirildiğini görmek için hatalı bir dosya</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Open an ALT file to begin&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Başlamak için bir ALT dosyası açın&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ctrl+O, a file dropped on the window, one of the files below, or an example. Runs use the simulated AI until an AI service is chosen in Settings.</source>
        <translation>Ctrl+O, pencereye bırakılan bir dosya, aşağıdaki dosyalardan biri ya da bir örnek. Ayarlar'da bir yapay zekâ hizmeti seçilene kadar çalıştırmalar benzetimli yapay zekâyı kullanır.</translation>
    </message>
    <message>
        <source>Open ALT File...</source>
        <translation>ALT Dosyası Aç...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Son dosyalar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Örnekler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Henüz yok.</translation>
    </message>
</context>
<context>
    <name>altrunner::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Open ALT File...</source>
        <translation>ALT Dosyası &amp;Aç...</translation>
    </message>
    <message>
        <source>Open &amp;LAST File...</source>
        <translation>&amp;LAST Dosyası Aç...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Kullanılanlar</translation>
    </message>
    <message>
        <source>Export &amp;Graph...</source>
        <translation>&amp;Grafiği Dışa Aktar...</translation>
    </message>
    <message>
        <source>Export &amp;Timeline...</source>
        <translation>&amp;Zaman Çizelgesini Dışa Aktar...</translation>
    </message>
    <message>
        <source>Open Output &amp;Folder</source>
        <translation>Çıktı &amp;Klasörünü Aç</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ç&amp;alıştır</translation>
    </message>
    <message>
        <source>Run the open file (Ctrl+R, F5)</source>
        <translation>Açık dosyayı çalıştır (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <source>Cancel the run (Esc); its LAST file is still written</source>
        <translation>Çalıştırmayı iptal et (Esc); LAST dosyası yine de yazılır</translation>
    </message>
    <message>
        <source>Re-run &amp;Failed</source>
        <translation>&amp;Başarısızları Yeniden Çalıştır</translation>
    </message>
    <message>
        <source>Run again only what did not complete (Ctrl+Shift+R)</source>
        <translation>Yalnızca tamamlanmayanları yeniden çalıştır (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>Grafiği &amp;Pencereye Sığdır</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ya&amp;kınlaştır</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>Highlight &amp;Critical Path</source>
        <translation>&amp;Kritik Yolu Vurgula</translation>
    </message>
    <message>
        <source>Serve REST &amp;API</source>
        <translation>REST &amp;API Sun</translation>
    </message>
    <message>
        <source>Serve the local REST API; runs started through it appear here</source>
        <translation>Yerel REST API'yi sun; onunla başlatılan çalıştırmalar burada görünür</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Tercihler...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About ALT Runner</source>
        <translation>ALT Runner &amp;Hakkında</translation>
    </message>
    <message>
        <source>About ALT Runner</source>
        <translation>ALT Runner Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ALT Runner %1&lt;/h3&gt;&lt;p&gt;Runs ALT task files in parallel against an AI service and writes LAST files.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ALT Runner %1&lt;/h3&gt;&lt;p&gt;ALT görev dosyalarını bir yapay zekâ hizmetinde paralel çalıştırır ve LAST dosyaları yazar.&lt;/p&gt;&lt;p&gt;GNU GPL sürüm 3 ya da sonrası ile lisanslıdır.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Ana</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Yeniden Yükle</translation>
    </message>
    <message>
        <source>Read the open file again from disk (Ctrl+Shift+F5); it is also read again when it changes</source>
        <translation>Açık dosyayı diskten yeniden oku (Ctrl+Shift+F5); dosya değişince de yeniden okunur</translation>
    </message>
    <message>
        <source>&amp;Find Task...</source>
        <translation>Görev &amp;Bul...</translation>
    </message>
    <message>
        <source>F&amp;ocus on Selected Task</source>
        <translation>Seçili Göreve &amp;Odaklan</translation>
    </message>
    <message>
        <source>Show only the selected task, what it depends on and what depends on it (Ctrl+E)</source>
        <translation>Yalnızca seçili görevi, bağlı olduklarını ve ona bağlı olanları göster (Ctrl+E)</translation>
    </message>
    <message>
        <source>Timeline &amp;Follows Now</source>
        <translation>Zaman Çizelgesi Şimdiyi &amp;İzler</translation>
    </message>
    <message>
        <source>During a run, the timeline keeps the present moment in view</source>
        <translation>Çalıştırma sırasında zaman çizelgesi şu anı görünür tutar</translation>
    </message>
    <message>
        <source>Re-run From &amp;Here</source>
        <translation>&amp;Buradan Yeniden Çalıştır</translation>
    </message>
    <message>
        <source>Ask the selected task and everything that depends on it again, past the cache; keep every other answer of the shown run (Ctrl+Alt+R)</source>
        <translation>Seçili görevi ve ona bağlı her şeyi önbelleği atlayarak yeniden sor; gösterilen çalıştırmanın diğer tüm yanıtlarını koru (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>&amp;Sunucu</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;yarlar</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>&amp;Raporu Dışa Aktar...</translation>
    </message>
    <message>
        <source>Write the shown run as one HTML file that opens in any browser, offline: outcome, graph, timeline, answers, checks</source>
        <translation>Gösterilen çalıştırmayı her tarayıcıda çevrimdışı açılan tek bir HTML dosyası olarak yazın: sonuç, grafik, zaman çizelgesi, yanıtlar, denetimler</translation>
    </message>
    <message>
        <source>Compare &amp;With...</source>
        <translation>Şununla &amp;Karşılaştır...</translation>
    </message>
    <message>
        <source>Put the shown run beside another run: what changed per task, and the answers as a diff</source>
        <translation>Gösterilen çalıştırmayı başka bir çalıştırmanın yanına koyun: görev başına ne değişti ve yanıtlar fark olarak</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>İş&amp;çiler</translation>
    </message>
    <message>
        <source>The workers the AI calls go to (Settings ▸ Run on workers)</source>
        <translation>YZ çağrılarının gittiği işçiler (Ayarlar ▸ İşçilerde çalıştır)</translation>
    </message>
</context>
<context>
    <name>altrunner::WindowLayout</name>
    <message>
        <source>Graph</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Ölçümler</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Çalıştırmalar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Sorunlar (%1)</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>İşçiler</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkerPool</name>
    <message>
        <source>cannot read the results stream at %1: %2</source>
        <translation>%1 adresindeki sonuç akışı okunamıyor: %2</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkerPoolProvider</name>
    <message>
        <source>waiting for workers at %1</source>
        <translation>%1 adresinde işçiler bekleniyor</translation>
    </message>
    <message>
        <source>the call is %1 bytes: a call to the workers may be at most %2 bytes (1 MiB)</source>
        <translation>çağrı %1 bayt: işçilere bir çağrı en çok %2 bayt (1 MiB) olabilir</translation>
    </message>
    <message>
        <source>the call was delivered to workers %1 times without a result (the last: %2)</source>
        <translation>çağrı sonuçsuz olarak işçilere %1 kez teslim edildi (sonuncusu: %2)</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkerService</name>
    <message>
        <source>worker %1 cannot make the call: %2</source>
        <translation>%1 işçisi çağrıyı yapamıyor: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 sn içinde yanıt yok</translation>
    </message>
</context>
<context>
    <name>altrunner::WorkersModel</name>
    <message>
        <source>AI calls are made here. Settings ▸ Run on workers sends them to workers on NATS JetStream.</source>
        <translation>YZ çağrıları burada yapılır. Ayarlar ▸ İşçilerde çalıştır onları NATS JetStream üzerindeki işçilere gönderir.</translation>
    </message>
    <message>
        <source>Workers at %1: connects when the first run starts.</source>
        <translation>%1 adresindeki işçiler: ilk çalıştırma başladığında bağlanır.</translation>
    </message>
    <message>
        <source>Workers at %1: the NATS server is away; trying again.</source>
        <translation>%1 adresindeki işçiler: NATS sunucusuna ulaşılamıyor; yeniden deneniyor.</translation>
    </message>
    <message numerus="yes">
        <source>Workers at %1: %n connected.</source>
        <translation>
            <numerusform>%1 adresindeki işçiler: %n bağlı.</numerusform></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, sürüm %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n sn önce</numerusform></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>İşçi</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Süren</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Aynı anda</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Son haber</translation>
    </message>
</context>
<context>
    <name>altrunner::YamlReader</name>
    <message>
        <source>cannot start the YAML parser</source>
        <translation>YAML ayrıştırıcısı başlatılamıyor</translation>
    </message>
    <message>
        <source>a mapping key must be a plain string</source>
        <translation>bir eşleme anahtarı düz bir dizge olmalıdır</translation>
    </message>
    <message>
        <source>duplicate key '%1' (first at line %2)</source>
        <translation>yinelenen anahtar '%1' (ilki %2. satırda)</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML sözdizimi: %1</translation>
    </message>
    <message>
        <source>YAML syntax: %1 %2</source>
        <translation>YAML sözdizimi: %1 %2</translation>
    </message>
    <message>
        <source>too many values: more than %1</source>
        <translation>çok fazla değer: %1 değerden fazla</translation>
    </message>
    <message>
        <source>more than one YAML document: an ALT file is one document</source>
        <translation>birden fazla YAML belgesi: bir ALT dosyası tek bir belgedir</translation>
    </message>
    <message>
        <source>YAML aliases (*%1) are not supported: write the value out</source>
        <translation>YAML takma adları (*%1) desteklenmiyor: değeri açıkça yazın</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;%1) are not supported: write the value out</source>
        <translation>YAML çapaları (&amp;%1) desteklenmiyor: değeri açıkça yazın</translation>
    </message>
    <message>
        <source>YAML tag %1 is not supported</source>
        <translation>YAML etiketi %1 desteklenmiyor</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>iç içe yapı %1 düzeyden derin</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>dosya boş</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs ALT task files against an AI service.</source>
        <translation>ALT görev dosyalarını bir yapay zekâ hizmetinde çalıştırır.</translation>
    </message>
    <message>
        <source>Serve the REST API with the window (default port 8080).</source>
        <translation>Pencereyle birlikte REST API'yi sun (varsayılan bağlantı noktası 8080).</translation>
    </message>
    <message>
        <source>An ALT file or a LAST file to open.</source>
        <translation>Açılacak bir ALT ya da LAST dosyası.</translation>
    </message>
</context>
</TS>