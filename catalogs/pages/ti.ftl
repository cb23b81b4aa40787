### Awaiting review by a native translator.
### Tigrinya (Eritrea), Ge'ez script. The glossary is the one in ../ti.ftl (application = ጠለብ,
### draft = ንድፊ, reference number = ቁጽሪ መወከሲ, personal identity number = ውልቃዊ መለለዪ ቁጽሪ,
### sign in = እተዉ, sign out = ውጽኡ, page = ገጽ, answer = መልሲ, document = ሰነድ), and the applicant
### is addressed in the polite plural as there. Terms added for these pages:
###   account = ኣካውንት (create an account = ኣካውንት ክፈቱ), password = መሕለፊ ቃል,
###   username = ስም ተጠቃሚ, code = ኮድ, text message = መልእኽቲ ጽሑፍ,
###   two-step verification = ምርግጋጽ ብኽልተ ስጉምቲ (turn on = ጀምሩ, turn off = ኣቋርጹ),
###   e-identification = ኤሌክትሮኒካዊ መለለዪ, e-service = ኤሌክትሮኒካዊ ኣገልግሎት, app = መተግበሪ,
###   install = ምትካል (ትከልዎ), times (how often) = ሳዕ.

# The language's name in itself, as the language switch lists it.
language-name = ትግርኛ

## Signing in and the account page

phone-label = ቁጽሪ ሞባይል
phone-hint = ንምርግጋጽ ብኽልተ ስጉምቲ፣ እንተደሊኹም: ክትኣትዉ ከለኹም ናብዚ ቁጽሪ ብመልእኽቲ ጽሑፍ (SMS) ኮድ ንሰድድ። መልእኽቲ ጽሑፍ ክትቕበሉ ክትክእሉ ኣለኩም።
enter-phone = ቁጽሪ ሞባይልኩም ጽሓፉ
phone-format = ቁጽሪ ሞባይል ብኣሃዛት ጽሓፉ፣ ንኣብነት 070 123 45 67 ወይ +46 70 123 45 67
second-step-title = ነቲ ብመልእኽቲ ጽሑፍ ዝመጸ ኮድ ጽሓፉ
no-text-messages = መልእኽቲ ጽሑፍ ክቕበል ኣይክእልን
lost-phone-title = ብዘይ መልእኽቲ ጽሑፍ እተዉ
lost-phone-intro = ናብ ኣድራሻ ኢመይልኩም 6 ኣሃዛት ዘለዎ ኮድ ሰዲድና ኣለና። ንምእታው ነቲ ኮድ ጽሓፉ። ድሕሪኡ ምርግጋጽ ብኽልተ ስጉምቲ ይቋረጽ፣ ብሓድሽ ቁጽሪ ድማ እንደገና ክትጅምርዎ ትኽእሉ ኢኹም።
lost-phone-button = እተዉ
two-step-turned-off = ምርግጋጽ ብኽልተ ስጉምቲ ተቛሪጹ ኣሎ። ኣብቲ «ኣካውንትኩም» ዝብል ገጽ ብሓድሽ ቁጽርኹም እንደገና ጀምርዎ።
account-title = ኣካውንትኩም
account-email = ኣድራሻ ኢመይል ክቕየር ኣይክእልን።
two-step-title = ምርግጋጽ ብኽልተ ስጉምቲ
two-step-help = ብምርግጋጽ ብኽልተ ስጉምቲ፣ ክትኣትዉ ከለኹም ብኽልተ ስጉምቲ ትሓልፉ: ሓደ እትፈልጥዎ ነገር (መሕለፊ ቃልኩም) ከምኡ'ውን ሓደ ዘለኩም ነገር (ተሌፎንኩም)። መልእኽቲ ጽሑፍ ንግዚኡ ወይ ንሓዋሩ ምስራሕ ከቋርጽ ይኽእል፣ ሽዑ እንደገና ንምእታው ኣብ ኣካውንትኩም ዘሎ ቁጽሪ ተሌፎን ክትቕይሩ ከድልየኩም ይኽእል።
two-step-is-off = ምርግጋጽ ብኽልተ ስጉምቲ ኣይተጀመረን።
turn-on-two-step = ምርግጋጽ ብኽልተ ስጉምቲ ጀምሩ
change-phone = ቁጽሪ ተሌፎን ቀይሩ
turn-off-two-step = ምርግጋጽ ብኽልተ ስጉምቲ ኣቋርጹ
phone-title = ቁጽሪ ተሌፎን ንምርግጋጽ ብኽልተ ስጉምቲ
password-again-label = መሕለፊ ቃልኩም
confirm-phone-title = ቁጽሪ ተሌፎን ኣረጋግጹ
confirm-phone-button = ኣረጋግጹ
two-step-on = ምርግጋጽ ብኽልተ ስጉምቲ ይሰርሕ ኣሎ።
two-step-off-title = ምርግጋጽ ብኽልተ ስጉምቲ ኣቋርጹ
two-step-off-intro = ብዘይ ምርግጋጽ ብኽልተ ስጉምቲ፣ ንምእታው መሕለፊ ቃልኩም ጥራይ ይኣክል።
two-step-off-button = ኣቋርጹ
to-account = ናብ ኣካውንትኩም
bank-id-title = BankID ከምኡ'ውን Mobile BankID
bank-id-help = ኣብቲ እትኣትዉሉ ኮምፒዩተር ዝተተኽለ BankID እንተ ትጥቀሙ BankID ምረጹ፣ ኣብ ተሌፎን ወይ ታብሌት እንተ ትጥቀሙሉ ድማ Mobile BankID ምረጹ። BankID ንምርካብ ምስ ባንክኹም ክትራኸቡ ኣለኩም።
bank-id-this-device = ብBankID ኣብዚ መሳርሒ እተዉ
bank-id-other-device = ብMobile BankID ኣብ ካልእ መሳርሒ እተዉ
bank-id-on-this-device = BankID ኣብዚ መሳርሒ
mobile-bank-id-title = Mobile BankID
bank-id-open = BankID ክፈቱ
bank-id-open-again = ዝኾነ ነገር ኣይተፈጸመን? ኣብዚ BankID ክፈቱ
bank-id-scan = ኣብ ተሌፎንኩም ወይ ታብሌትኩም መተግበሪ BankID ጀምሩ። ኣብቲ መተግበሪ ምልክት QR ኮድ ጠውቑ እሞ ነቲ ኣብዚ ዘሎ QR ኮድ ስከኑ።
bank-id-qr-alt = ብመተግበሪ BankID ዝስከን QR ኮድ
bank-id-cancel = ሰርዙ
bank-id-try-again = እንደገና ፈትኑ
professional-title = ምምሕዳር ከባቢ፣ ባይቶ ኣውራጃ ወይ ዞባ
professional-help = ካብ ምምሕዳር ከባቢ፣ ባይቶ ኣውራጃ ወይ ዞባ ብዝተዋህበኩም ናይ ስራሕ ኤሌክትሮኒካዊ መለለዪ ክትኣትዉ ንእትደልዩ። ሎሚ ካርድታት SITHS ኣብ ጥቕሚ ኣለዉ፤ ኣብ መጻኢ ብEfos (ኤሌክትሮኒካዊ መለለዪ ንህዝባዊ ሴክተር) ክትክኡ እዮም።
professional-button = ብናይ ስራሕ ኤሌክትሮኒካዊ መለለዪ እተዉ
professional-checklist-intro = ኣብ ምእታው ጸገም እንተ ኣጋጢሙኩም ክትፍትሽዎም ዘለኩም ነጥብታት:
professional-checklist =
    እቲ ካርድን መንበቢ ካርድን ምስ ኮምፒዩተርኩም ተራኺቦም ድዮም?
    Net iD ኣብ ኮምፒዩተርኩም ተተኺሉ ድዩ?
    እቲ ኣብ ካርድኩም ዘሎ ሰርቲፊኬት ገና ብቑዕ ድዩ?
    ትካልኩም ንወጻኢ ትራፊክ TLS/SSL ዝፍትሽ web proxy ይጥቀም ድዩ? እቲ ትራፊክ እንተ ተፈቲሹ ምእታው ኣይሰርሕን። ኣብ መስመር ኣድራሻ ዘሎ ምልክት ቁልፊ ጠውቑ እሞ ነቲ ሰርቲፊኬት ርኣዩ: ብናይ ገዛእ ርእስኹም ትካል ዝተዋህበ ክኸውን የብሉን።
    ናብ ገጽ ፈተነ SITHS ክትኣትዉ ትኽእሉ እንተኾንኩም ፈትኑ።
professional-still-problems = ገና ጸገም እንተሃልዩኩም፣ በጃኹም ምስ ማእከል ርክብ ተራኸቡ።
more-alternatives = ካልኦት ኣማራጺታት
telia-title = ኤሌክትሮኒካዊ መለለዪ Telia
telia-help = ኤሌክትሮኒካዊ መለለዪ Telia ሎሚ ብዝበዝሐ ብናይ ትካላት ዓማዊል Telia እዩ ዝጥቀመሉ። ኤሌክትሮኒካዊ መለለዪ Telia ዘለዎ መንነት ካርድ ካብ ቤት ጽሕፈት ግብሪ ሽወደን እንተ ሃልዩኩም'ውን ክትጥቀሙሉ ትኽእሉ ኢኹም። ኣረጊት ካርድታት ብዝበዝሐ ን5 ዓመት እዮም ዝሰርሑ።
telia-button = ብኤሌክትሮኒካዊ መለለዪ Telia እተዉ
test-provider = (ፈተነ)
eid-email-title = ኣድራሻ ኢመይልኩም
eid-email-intro = ንመጀመርታ ግዜ ብኤሌክትሮኒካዊ መለለዪ ክትኣትዉ ከለኹም፣ ክትከፍትዎ እትኽእሉ ኣድራሻ ኢመይል ጽሓፉ። ብዛዕባ ጠለብኩም ናብኡ ኢመይል ክንሰድድ ኢና። ድሒርኩም ኣድራሻ ኢመይል ክትቕይሩ ኣይትኽእሉን።
eid-email-button = ኮድ ስደዱለይ
eid-failed = ብኤሌክትሮኒካዊ መለለዪ ምእታው ተሰሪዙ ወይ ኣይሰርሐን። እንደገና ፈትኑ፣ ወይ ካልእ መገዲ ምእታው ምረጹ
skip-two-step = ብዘይ ምርግጋጽ ብኽልተ ስጉምቲ ቀጽሉ
continue-to-application = ቀጽሉ
two-step-required = እዚ ኣካውንት ምርግጋጽ ብኽልተ ስጉምቲ ኣለዎ። ኣብ ገጽ ምእታው እተዉ።
sign-in-title = እተዉ
sign-in-intro = ነቲ ጠለብ ንምምላእ እተዉ። መልስታትኩም ስለ ዝዕቀቡ ድሒርኩም ክትቕጽሉ ትኽእሉ ኢኹም።
sign-out-title = ውጽኡ
sign-out-intro = ምስ ወዳእኩም ውጽኡ፣ ብፍላይ ካልኦት ሰባት ኣብ ዝጥቀምሉ ኮምፒዩተር። ዝተዓቀበ ኣይጠፍእን።
sign-out-button = ውጽኡ
email-label = ኣድራሻ ኢመይል
email-or-username-label = ኣድራሻ ኢመይል ወይ ስም ተጠቃሚ
password-label = መሕለፊ ቃል
sign-in-button = እተዉ
no-account-yet = ኣካውንት ክፈቱ
create-account-title = ኣካውንት ክፈቱ
email-cannot-change = ናብዚ ኣድራሻ ኮድ ክንሰድድ ኢና። ድሒርኩም ኣድራሻ ኢመይል ክትቕይሩ ኣይትኽእሉን።
create-account-button = ኣካውንት ክፈቱ
have-account = ድሮ ኣካውንት ኣለኒ
verify-title = ኣድራሻ ኢመይልኩም ኣረጋግጹ
verify-intro = ናብዚ ኣድራሻ 6 ኣሃዛት ዘለዎ ኮድ ሰዲድና ኣለና። ኣብ ውሽጢ 30 ደቓይቕ ነቲ ኮድ ጽሓፉ። እቲ ኢመይል እንተ ዘይረኺብኩምዎ፣ ኣብ ፎልደር ስፓም (spam) ርኣዩ።
code-label = ኮድ
verify-button = ኣረጋግጹ
enter-email = ኣድራሻ ኢመይልኩም ጽሓፉ
email-format = ኣድራሻ ኢመይል ብቕኑዕ ኣቀማምጣ ጽሓፉ፣ ንኣብነት name@example.com
enter-password = መሕለፊ ቃልኩም ጽሓፉ
enter-email-or-username = ኣድራሻ ኢመይልኩም ወይ ስም ተጠቃሚኹም ጽሓፉ
email-or-username-format = ኣድራሻ ኢመይል፣ ንኣብነት name@example.com፣ ወይ 6 ፊደላት ዘለዎ ስም ተጠቃሚ ጽሓፉ
enter-code = ነቲ ኣብቲ ኢመይል ዘሎ ኮድ ጽሓፉ
code-format = እቲ ኮድ 6 ኣሃዛት እዩ። ከምቲ ኣብቲ ኢመይል ዘሎ ጽሓፍዎ
account-exists = ብዚ ኣድራሻ ኢመይል ድሮ ኣካውንት ኣሎ። ኣብ ክንድኡ እተዉ
wrong-credentials = ኣድራሻ ኢመይል ወይ መሕለፊ ቃል ቅኑዕ ኣይኮነን። ክልቲኦም ፈትሹ እሞ እንደገና ፈትኑ
wrong-code = እቲ ኮድ ቅኑዕ ኣይኮነን። ኣብቲ ናይ መወዳእታ ካባና ዝመጸኩም ኢመይል ዘሎ ኮድ ፈትሹ
code-used-up = እቲ ኮድ ብዙሕ ሳዕ ብጌጋ ስለ ዝተጻሕፈ ደጊም ኣይሰርሕን። ሓድሽ ኮድ ሕተቱ
code-expired = እቲ ኮድ ን30 ደቓይቕ ጥራይ እዩ ዝሰርሕ፣ ግዚኡ ድማ ሓሊፉ። ሓድሽ ኮድ ሕተቱ
new-code-button = ሓድሽ ኮድ ስደዱለይ
new-code-sent = ናብዚ ኣድራሻ ሓድሽ ኮድ ሰዲድና ኣለና። እቲ ቅድሚ ሕጂ ዝነበረኩም ኮድ ደጊም ኣይሰርሕን።
forgot-link = መሕለፊ ቃልኩም ረሲዕኩምዎ ዶ?
forgot-title = መሕለፊ ቃልኩም ሓድሱ
forgot-intro = ኣድራሻ ኢመይል ናይ ኣካውንትኩም ጽሓፉ። ናብኡ ኮድ ክንሰድድ ኢና፣ በቲ ኮድ ድማ ሓድሽ መሕለፊ ቃል ክትመርጹ ኢኹም።
forgot-button = ኮድ ስደዱለይ
reset-title = ሓድሽ መሕለፊ ቃል ምረጹ
reset-intro = ብዚ ኣድራሻ ኣካውንት እንተሃልዩ፣ ናብኡ 6 ኣሃዛት ዘለዎ ኮድ ሰዲድና ኣለና። ኣብ ውሽጢ 30 ደቓይቕ ነቲ ኮድ ጽሓፉ እሞ ሓድሽ መሕለፊ ቃል ምረጹ። እቲ ኢመይል እንተ ዘይረኺብኩምዎ፣ ኣብ ፎልደር ስፓም (spam) ርኣዩ።
new-password-label = ሓድሽ መሕለፊ ቃል
reset-button = መሕለፊ ቃል ዓቅቡ እሞ እተዉ
ask-for-reset-code = ሓድሽ መሕለፊ ቃል ንምምራጽ ኮድ ሕተቱ፣ ኣብዚ ብራውዘር እዚ
password-method-title = ስም ተጠቃሚን መሕለፊ ቃልን
password-method-help = ኣካውንትኩም ድሕሪ 4 ታሕሳስ 2018 እንተ ከፊትኩምዎ፣ ብኣድራሻ ኢመይልኩምን መሕለፊ ቃልኩምን ትኣትዉ። ካብ ቅድሚኡ ኣካውንት እንተሃልዩኩም፣ እቲ 6 ፊደላት ዘለዎ ስም ተጠቃሚን መሕለፊ ቃልኩምን ተጠቐሙ። ኣካውንት እንተ ዘይብልኩም፣ ሓድሽ ክትከፍቱ ትኽእሉ ኢኹም።
foreign-eid-title = ናይ ወጻኢ ሃገር eID
foreign-eid-intro = ኤሌክትሮኒካዊ መለለዪ ዝጥቀም ነፍሲ ወከፍ ኤሌክትሮኒካዊ ኣገልግሎት ሽወደናዊ ውልቃዊ መለለዪ ቁጽሪ የድልዮ።
foreign-eid-link = ብናይ ወጻኢ ሃገር eID ምእታው
foreign-eid-page = ብኤሌክትሮኒካዊ መለለዪ ንምእታው ሽወደናዊ ውልቃዊ መለለዪ ቁጽሪ ክህልወኩምን ኣብ መዝገብ ህዝቢ ሽወደን ክትምዝገቡን ኣለኩም። ዝኾነ ዓለምለኻዊ ኤሌክትሮኒካዊ መለለዪ ክትጥቀሙ ኣይትኽእሉን።
foreign-eid-what-to-do = ኣብ ክንድኡ፣ ብኣድራሻ ኢመይልኩም ኣካውንት ክትከፍቱን ብስም ተጠቃሚን መሕለፊ ቃልን ክትኣትዉን ትኽእሉ ኢኹም።
back-to-sign-in = ናብ ምእታው ተመለሱ
new-text-code-sent = ብመልእኽቲ ጽሑፍ ሓድሽ ኮድ ሰዲድና ኣለና። እቲ ቅድሚ ሕጂ ዝነበረኩም ኮድ ደጊም ኣይሰርሕን።
sign-in-to-confirm = ነቲ ዝሰደድናልኩም ኮድ ንምጽሓፍ ብኣድራሻ ኢመይልኩምን መሕለፊ ቃልኩምን እተዉ
sign-in-to-fill = { $form } ንምምላእ እተዉ። መልስታትኩም ስለ ዝዕቀቡ ድሒርኩም ክትቕጽሉ ትኽእሉ ኢኹም።
second-step-intro = ናብቲ ብ{ $ending } ዝውዳእ ቁጽሪ ተሌፎን ብመልእኽቲ ጽሑፍ 6 ኣሃዛት ዘለዎ ኮድ ሰዲድና ኣለና። እቲ ኮድ ን10 ደቓይቕ ይሰርሕ።
confirm-phone-intro = ናብቲ ብ{ $ending } ዝውዳእ ሓድሽ ቁጽሪ ብመልእኽቲ ጽሑፍ 6 ኣሃዛት ዘለዎ ኮድ ሰዲድና ኣለና። እቲ ተሌፎን ናትኩም ምዃኑ ንምርግጋጽ ነቲ ኮድ ጽሓፉ።
two-step-is-on = ምርግጋጽ ብኽልተ ስጉምቲ ይሰርሕ ኣሎ። እቶም ኮዳት ብመልእኽቲ ጽሑፍ ናብቲ ብ{ $ending } ዝውዳእ ቁጽሪ ተሌፎን ይለኣኹ።
new-password-hint = እንተወሓደ { $min ->
    [one] { $min } ፊደል
   *[other] { $min } ፊደላት
}።
password-too-short = እንተወሓደ { $min ->
    [one] { $min } ፊደል
   *[other] { $min } ፊደላት
} ዘለዎ መሕለፊ ቃል ምረጹ

## BankID: what the app is doing (the recommended user messages of BankID's documentation)

bankid-rfa-1 = ናይ BankID መተግበሪኹም ጀምሩ።
bankid-rfa-3 = እቲ ተግባር ተሰሪዙ። በጃኹም እንደገና ፈትኑ።
bankid-rfa-4 = ነዚ ውልቃዊ መለለዪ ቁጽሪ ዝምልከት ምልላይ ወይ ፊርማ ድሮ ተጀሚሩ ኣሎ። በጃኹም እንደገና ፈትኑ።
bankid-rfa-5 = ውሽጣዊ ጌጋ። በጃኹም እንደገና ፈትኑ።
bankid-rfa-6 = እቲ ተግባር ተሰሪዙ።
bankid-rfa-8 = መተግበሪ BankID መልሲ ኣይሃበን። በጃኹም እቲ መተግበሪ ከም ዝጀመረን ኢንተርነት ከም ዘለኩምን ፈትሹ። ብቑዕ BankID እንተ ዘይብልኩም ካብ ባንክኹም ክትረኽቡ ትኽእሉ ኢኹም። እንደገና ፈትኑ።
bankid-rfa-9 = ኣብ መተግበሪ BankID ናይ ድሕነት ኮድኩም ጽሓፉ እሞ «Identify» ወይ «Identifiera» ምረጹ።
bankid-rfa-13 = ናይ BankID መተግበሪኹም ንምጅማር ንፍትን ኣለና።
bankid-rfa-15-a = BankID ይድለ ኣሎ፣ ቁሩብ ግዜ ክወስድ ይኽእል … ቁሩብ ካልኢታት ሓሊፉ ገና BankID እንተ ዘይተረኽበ፣ ነዚ ምልላይ ኣብዚ መሳርሒ ክትጥቀምሉ እትኽእሉ BankID የብልኩምን ይኸውን። BankID እንተ ዘይብልኩም ካብ ባንክኹም ክትረኽቡ ትኽእሉ ኢኹም።
bankid-rfa-16 = እቲ ክትጥቀምሉ እትፍትኑ ዘለኹም BankID ተኣጊዱ ወይ ግዚኡ ሓሊፉ እዩ። በጃኹም ካልእ BankID ተጠቐሙ ወይ ካብ ባንክኹም ሓድሽ ውሰዱ።
bankid-rfa-17-a = መተግበሪ BankID ኣብ ኮምፒዩተርኩም ወይ ሞባይልኩም ክርከብ ኣይከኣለን። በጃኹም ነቲ መተግበሪ ትከልዎ፣ ካብ ባንክኹም ድማ BankID ውሰዱ። ነቲ መተግበሪ ካብ ድኳን መተግበሪታት (app store) ወይ ካብ https://install.bankid.com ትከልዎ።
bankid-rfa-17-b = QR ኮድ ምስካን ኣይተኻእለን። መተግበሪ BankID ጀምሩ እሞ ነቲ QR ኮድ ስከኑ። መተግበሪ BankID ዝተሓደሰ ምዃኑ ፈትሹ። መተግበሪ BankID እንተ ዘይብልኩም፣ ትከልዎ እሞ ካብ ባንክኹም BankID ውሰዱ። ነቲ መተግበሪ ካብ ድኳን መተግበሪታት (app store) ወይ ካብ https://install.bankid.com ትከልዎ።
bankid-rfa-21 = ምልላይ ይካየድ ኣሎ።
bankid-rfa-22 = ዘይፍለጥ ጌጋ። በጃኹም እንደገና ፈትኑ።
bankid-rfa-23 = ብመተግበሪ BankID ነቲ ብማሽን ዝንበብ ሰነድ ጉዕዞኹም ስኣልዎን ኣንብብዎን።

## Checking an application without signing in, the support page, signing out, the start page

status-title = ብዘይ ምእታው ጠለብኩም ፈትሹ
status-intro = ኤሌክትሮኒካዊ መለለዪ እንተ ዘይብልኩምን ኣካውንት'ውን ክትከፍቱ እንተ ዘይክኢልኩምን፣ ብዘይ ምእታው ጠለብኩም ክትፈትሹ ትኽእሉ ኢኹም። ጠለብኩም ተመዝጊቡ እንተኾይኑን ውሳነ ተዋሂቡ እንተኾይኑን ክትርእዩ ትኽእሉ ኢኹም።
reference-label = ቁጽሪ መወከሲ
reference-hint = ነቲ ጠለብ ምስ ኣረጋገጽኩም ኣብ ዝመጸኩም ኢመይል ኣሎ፣ ንኣብነት BL-2026-4821-0736።
date-of-birth-label = ዕለት ልደትኩም
date-of-birth-hint = ከምቲ ኣብቲ ጠለብ ዘሎ፣ ንኣብነት 27 3 1990።
check-button = ነቲ ጠለብ ፈትሹ
enter-reference = ቁጽሪ መወከሲ ጽሓፉ
reference-format = ቁጽሪ መወከሲ ከምቲ ኣብቲ ኢመይል ዘሎ ጽሓፍዎ፣ ንኣብነት BL-2026-4821-0736
enter-date-of-birth = ዕለት ልደትኩም ጽሓፉ
date-of-birth-format = ዕለት ልደትኩም ከም ናይ ሓቂ ዕለት ጽሓፍዎ: መዓልቲ፣ ወርሒን ዓመትን
date-of-birth-in-past = ዕለት ልደትኩም ቅድሚ ሎሚ ክኸውን ኣለዎ
status-result = ጠለብኩም
not-decided = ገና ውሳነ ኣይተዋህበን። ሕጂ ዝኾነ ነገር ክትገብሩ ኣየድልየኩምን። ድሒርኩም እንደገና ፈትሹ።
not-found = ብዚ ቁጽሪ መወከሲን ብዚ ዕለት ልደትን ዝኾነ ጠለብ ኣይረኸብናን። ክልቲኦም ምስቲ ነቲ ጠለብ ምስ ኣረጋገጽኩም ዝመጸኩም ኢመይል ኣወዳድርዎም፣ ድሕሪኡ እንደገና ፈትኑ።
or-sign-in = ኤሌክትሮኒካዊ መለለዪ ወይ ኣካውንት ኣለኩም ዶ? ጠለብኩም ንምርኣይ እተዉ።
support-title = ቴክኒካዊ ደገፍ ናይቲ ኤሌክትሮኒካዊ ኣገልግሎት
support-intro = ነቲ ኤሌክትሮኒካዊ ኣገልግሎት ክትጥቀሙ ከለኹም ቴክኒካዊ ጸገም እንተ ኣጋጢሙኩም፣ ጉጅለ ደገፍና ክሕግዘኩም ይኽእል። እዚ ምስ ጸገም ምእታው፣ ሕቶታት መሕለፊ ቃል ወይ መልእኽቲ ጌጋ ዝተተሓሓዘ ክኸውን ይኽእል።
try-first-title = መጀመርታ እዚ ፈትኑ
try-first-intro = ብዙሕ ጸገማት ከይደወልኩምልና ክፍታሕ ይኽእል። በጃኹም ቅድሚ ምድዋልኩም እዚኦም ፈትንዎም።
support-reset-title = ምኽንያት ናይቲ ጌጋ ድሕሪ ምእላዩ እቲ ጌጋ እንተ ጸኒሑ
reset-text = ኔትወርክ እንተ ተቛሪጹ ዝኾነ ነገር ምእንቲ ከይጠፍእ፣ እቲ ኤሌክትሮኒካዊ ኣገልግሎት እትጽሕፍዎ ኣብዚ መሳርሒ'ውን ይሕዞ። ጌጋ ዘይጠፍእ እንተ መሲሉኩም፣ ኣብዚ መሳርሒ ዝተዓቀበ ሓበሬታ ናይዚ ኣገልግሎት ደምስሱ። ኩኪታትኩም (cookies) ወይ ታሪኽ ብራውዘርኩም ክትድምስሱ ኣየድልየኩምን። ኣባና ዝዓቀብኩምዎ ኣይጠፍእን: እንደገና እተዉ እሞ ቀጽሉ። ዝጠፍኡ፣ እዚ መሳርሒ ገና ክሰዶም ዘይከኣለ መልስታት ጥራይ እዮም።
reload-title = እቲ ኤሌክትሮኒካዊ ኣገልግሎት ደው ኢሉ እንተ መሲሉ
reload-text = ነቲ ገጽ እንደገና ጽዓንዎ: F5 (PC)፣ Command+Shift+R (Mac) ወይ መጠወቒ ዳግመ ምጽዓን ናይ ብራውዘርኩም ጠውቑ። መልስታትኩም ኣይጠፍኡን።
network-title = እቲ ኤሌክትሮኒካዊ ኣገልግሎት እንተ ዘይተኸፊቱ
network-text = ኣብ ህዝባዊ ኔትወርክን ኣብ ኔትወርክ ትካል ወይ ስራሕን ዘለዉ ፋየርዎላት (firewall)፣ ናይ ገዛእ ርእስኹም ኮምፒዩተር እንተ ሒዝኩም'ውን፣ ነቲ ኤሌክትሮኒካዊ ኣገልግሎት ክዓግትዎ ይኽእሉ እዮም። ካብ ብሕታዊ ኔትወርክ ፈትኑ፣ ንኣብነት ኔትወርክ ገዛኹም ወይ ሞባይል ዳታ ተሌፎንኩም።
questions-title = ብተደጋጋሚ ዝሕተቱ ሕቶታት
account-question = ኣካውንት ብኸመይ ክኸፍት እኽእል?
account-answer = ኣብ ገጽ ምእታው «ስም ተጠቃሚን መሕለፊ ቃልን» ምረጹ፣ ድሕሪኡ «ኣካውንት ክፈቱ»። ናብ ኣድራሻ ኢመይልኩም ናይ ምርግጋጽ ኮድ ክንሰድድ ኢና። ካባና ኢመይል እንተ ዘይበጽሓኩም፣ መደብ ኢመይልኩም ከም spam ወሲድዎ ክኸውን ይኽእል፣ ስለዚ ኣብ ፎልደር ስፓም ርኣዩ።
email-question = ኣድራሻ ኢመይለይ ክቕይር ይኽእል ዶ?
email-answer = ኣይፋል። ነቲ እትህብዎ ኣድራሻ ክትከፍትዎ ክትክእሉ ኣለኩም፣ ምኽንያቱ ምሳኹም ንምርኻብ ንጥቀመሉ ኢና። ኣካውንት ምስ ተኸፍተ ክቕየር ኣይክእልን።
time-question = ኣብ ነፍሲ ወከፍ ገጽ ክንደይ ግዜ ኣለኒ?
back-question = መጠወቒ ንድሕሪት ናይ ብራውዘር ክጥቀም ይኽእል ዶ?
back-answer = እወ። መጠወቕታት ንድሕሪትን ንቕድሚትን ናይ ብራውዘር፣ ከምቶም ናይቲ ቅጥዒ ባዕሉ ዘለዉ መጠወቕታት፣ ኣብ መንጎ ገጻት ናይቲ ቅጥዒ የሰጋግሩኹም፣ ዝጸሓፍኩምዎ ድማ ኣይጠፍእን።
kept-question = ጠለበይ እንተ ኣቋሪጸ፣ ዝጸሓፍክዎ ክንደይ ግዜ ይዕቀብ?
kept-answer = ጠለብኩም እንተ ኣቋረጽኩም ወይ ቴክኒካዊ ምቁራጽ እንተ ኣጋጢሙ፣ ዝጸሓፍኩምዎ ይዕቀብ። ኣብ ውሽጢ እዚ ግዜ እዚ እንደገና እተዉ፣ እንተ ዘይኮይኑ ይድምሰስ:
continue-question = ጠለበይ ብኸመይ ክቕጽል እኽእል?
continue-answer = እንደገና እተዉ እሞ ነቲ ሓደ ቅጥዒ ክፈትዎ። ኣብቲ ዘቋረጽኩምሉ ገጽ ትቕጽሉ።
password-question = መሕለፊ ቃለይ ረሲዐዮ
password-answer = ኣብ ገጽ ምእታው «መሕለፊ ቃልኩም ረሲዕኩምዎ ዶ?» ምረጹ። ናብ ኣድራሻ ኢመይልኩም ኮድ ክንሰድድ ኢና፣ በቲ ኮድ ድማ ሓድሽ መሕለፊ ቃል ክትመርጹ ኢኹም።
print-question = ቅድሚ ምስዳደይ ጠለበይ ክፈትሾ ይኽእል ዶ?
print-answer = እወ። ንኹሉ ሕቶታት ምስ መለስኩም፣ ኩሉ መልስታትኩም ትርእዩ፣ ክትቕይርዎም ትኽእሉ፣ ከምኡ'ውን እቲ ጠለብ ብቕኑዕ ከም ዝተመልአ ንምርግጋጽ ክትሕትምዎ ትኽእሉ ኢኹም።
confirm-question = ነቲ ጠለብ ምስ ኣረጋገጽኩ እንታይ ይኸውን?
confirm-answer = ነቲ ጠለብ ምስ ኣረጋገጽኩም፣ ደጊም ዝኾነ ሓበሬታ ክትቕይሩ ወይ ዝኾነ ሰነድ ክትሰዱ ኣይትኽእሉን። ቁጽሪ መወከሲ ዘለዎ መረጋገጺ ናብ ኣድራሻ ኢመይልኩም ክንሰድድ ኢና።
status-question = ብዘይ ምእታው ጠለበይ ክርኢ ይኽእል ዶ?
status-answer = እወ: ብቁጽሪ መወከሲን ዕለት ልደትኩምን፣ እቲ ጠለብ ተመዝጊቡ እንተኾይኑን ውሳነ ተዋሂቡ እንተኾይኑን ክትርእዩ ትኽእሉ ኢኹም።
call-title = ደውሉልና
call-intro = ንሕቶኹም መልሲ ክትረኽቡ ኣይከኣልኩምን? ንሓገዝ ደውሉልና።
phone-number-title = ቁጽሪ ተሌፎን
hours-title = ሰዓታት ተሌፎን
email-title = ኢመይል ስደዱልና
email-intro = ብዛዕባ እቲ ኤሌክትሮኒካዊ ኣገልግሎት ሕቶ እንተሃልዩኩም ኢመይል'ውን ክትሰዱልና ትኽእሉ ኢኹም። ግን ብኢመይል መልሲ ንምርካብ ካብ ምድዋል ዝያዳ ግዜ ይወስድ።
email-link = ንቴክኒካዊ ደገፍ ኢመይል ስደዱ
feedback-title = የቐንየልና
back-to-page = ናብቲ ገጽ ተመለሱ
feedback-gone = እቲ ርእይቶ ክዕቀብ ኣይከኣለን፣ ምኽንያቱ እቲ ዝተኣሳሰሮ መልሲ የለን ወይ ድሮ ርእይቶ ኣለዎ።
signed-out-intro = ወጺእኩም ኣለኹም። ዝዓቀብኩምዎ ኣይጠፍእን።
sign-in-again = እንደገና እተዉ
forms = ጠለባት
forms-intro = ክትመልእዎ እትደልዩ ጠለብ ምረጹ።
registered = ጠለብ { $reference } ተመዝጊቡ ኣሎ። ኣብ { $date } ሰዓት { $time } እዩ ተመዝጊቡ።
decided = ኣብ { $date } ውሳነ ተዋሂቡ።
try-again-at = ብዙሕ ሳዕ ፈቲንኩም። ነቶም ጠለባት ንምሕላው፣ ሰዓት { $time } እንደገና ፈትኑ።
try-again-on = ብዙሕ ሳዕ ፈቲንኩም። ነቶም ጠለባት ንምሕላው፣ ኣብ { $day } ሰዓት { $time } እንደገና ፈትኑ።
# The first sentence of the answer about time on pages, when every page has the same limit.
time-on-each-page = ኣብ ነፍሲ ወከፍ ገጽ { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቓይቕ
}።
time-on-pages-between = ኣብ ነፍሲ ወከፍ ገጽ ካብ { $shortest } ክሳብ { $longest } ደቓይቕ፣ ከከም እቲ ገጽ።
# $time is one of the two sentences above.
time-warned-continue = { $time } ግዜ ቅድሚ ምውዳኡ መጠንቀቕታ ይወሃበኩም፣ ተወሳኺ ግዜ'ውን ክትረኽቡ ትኽእሉ ኢኹም፣ ኣብ ሓደ ገጽ ክሳብ { $extensions } ሳዕ። ግዜ ምስ ተወድአ፣ መልስታትኩም ይዕቀቡ፣ ግዜ ናይቲ ገጽ ድማ እንደገና ይጅምር።
time-warned-sign-out = { $time } ግዜ ቅድሚ ምውዳኡ መጠንቀቕታ ይወሃበኩም፣ ተወሳኺ ግዜ'ውን ክትረኽቡ ትኽእሉ ኢኹም፣ ኣብ ሓደ ገጽ ክሳብ { $extensions } ሳዕ። ግዜ ምስ ተወድአ፣ መልስታትኩም ይዕቀቡ፣ ካብ ኣገልግሎት ድማ ክትወጽኡ ኢኹም።
draft-kept-days = ድሕሪ ናይ መወዳእታ ለውጥኹም { $days } መዓልቲ
draft-kept-hours = ድሕሪ ናይ መወዳእታ ለውጥኹም { $hours } ሰዓት
times-in = እዞም ሰዓታት ብሰዓታዊ ዞባ { $zone } እዮም (ሕጂ UTC{ $offset })።
comment-too-long = ብዝበዝሐ { $max } ፊደላት ጽሓፉ

## Dates and times, as the backend's pages and mails write them.

# "3 December 2026"
date = { $day } { $month } { $year }
# "3 December", a day this year
day-and-month = { $day } { $month }
# "14:05"; the hour and the minute arrive with two digits each.
time-of-day = { $hour }:{ $minute }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
monday = ሰኑይ
tuesday = ሰሉስ
wednesday = ረቡዕ
thursday = ሓሙስ
friday = ዓርቢ
saturday = ቀዳም
sunday = ሰንበት

## The confirmation mail (R9). It is sent in the applicant's language and in Swedish.

mail-subject = ጠለብ ተቐቢልና
# $form is the form's title in this language.
mail-body =
    ጠለብኩም ተቐቢልና ኣለና: { $form }።
    ቁጽሪ መወከሲ: { $reference }
    ዝተረጋገጸሉ: { $date }

## The mails and text messages with a code. Each is sent in the applicant's language and in Swedish.

code-mail-verify-subject = ናይ ምርግጋጽ ኮድኩም
code-mail-new-subject = ሓድሽ ናይ ምርግጋጽ ኮድኩም
code-mail-verify-body = ናይ ምርግጋጽ ኮድኩም { $code } እዩ። ኣብ ውሽጢ 30 ደቓይቕ ኣብቲ ኣካውንትኩም ዝኸፈትኩምሉ ቦታ ጽሓፍዎ።
code-mail-reset-subject = ንሓድሽ መሕለፊ ቃል ዝኸውን ኮድኩም
code-mail-reset-body = ሓድሽ መሕለፊ ቃል ንምምራጽ ዝኸውን ኮድኩም { $code } እዩ። ኣብ ውሽጢ 30 ደቓይቕ ኣብቲ ዝሓተትኩምሉ ገጽ ጽሓፍዎ። ኮድ እንተ ዘይሓቲትኩም፣ ነዚ ኢመይል ሸለል ክትብልዎ ትኽእሉ ኢኹም: መሕለፊ ቃልኩም ኣይቕየርን።
code-mail-sign-in-subject = ንምእታው ዝኸውን ኮድኩም
code-mail-sign-in-body = ብዘይ መልእኽቲ ጽሑፍ ንምእታው ዝኸውን ኮድኩም { $code } እዩ። ኣብ ውሽጢ 30 ደቓይቕ ኣብቲ ዝሓተትኩምሉ ገጽ ጽሓፍዎ።
# A text message: short, the code first.
code-text = ኮድኩም { $code } እዩ።

## ሓፈሻዊ ትሕዝቶ ናይ ቅጥዒ፡ ከምቲ ሰራሒ ቅጥዕን ሰራሕተኛ ጉዳይን ዘንብብዎ፡ ከምኡ'ውን እቲ ሰራሒ ቅጥዒ
## ኣብ ናይ ምምዕባል ኩነታት ዝኸፍቶ ቅድመ-ምርኣይ።

overview-link = ሓፈሻዊ ትሕዝቶ
preview-link = ቅድመ-ምርኣይ
overview-title = ሓፈሻዊ ትሕዝቶ: { $form }
overview-intro = ኩሎም ገጻትን ሕቶታትን ናይቲ ቅጥዒ ብቕደም ሰዓብ፡ ምስ ሕግታቶምን መዓስ ከም ዝረኣዩን። ሕተምዎ፡ ወይ ብኻልእ ካብ ቋንቋታት ናይቲ ቅጥዒ ኣንብብዎ።
overview-about = ብዛዕባ እቲ ቅጥዒ
overview-kind = ዓይነት ጠለብ
form-kind-work-permit = ፍቓድ ስራሕ
form-kind-visit = ምብጻሕ
form-kind-study = ትምህርቲ
form-kind-family = ስድራ
form-kind-citizenship = ዜግነት
form-kind-other = ካልእ
overview-retention = ንድፍታት ዝዕቀቡሉ ግዜ
overview-kept-days = ድሕሪ ናይ መወዳእታ ለውጢ { $days } መዓልቲ፡ ድሕሪኡ ይድምሰሱ
overview-kept-hours = ድሕሪ ናይ መወዳእታ ለውጢ { $hours } ሰዓት፡ ድሕሪኡ ይድምሰሱ
overview-languages = ቋንቋታት
overview-time = ግዜ ኣብ ገጻት
overview-warning = መጠንቀቕታ ግዜ ናይ ሓደ ገጽ ቅድሚ ምውዳኡ { $seconds } ካልኢት ይመጽእ።
overview-pages = ገጻት
overview-page = ገጽ { $number }: { $title }
overview-page-time = ኣብዚ ገጽ { $minutes } ደቒቕ።
overview-page-shown-when = ዝረአ { $condition } ጥራይ እዩ። እንተዘይኮይኑ እቲ ገጽ ይሕለፍ።
overview-question = ሕቶ
overview-type = መልሲ
overview-required = ግዴታ
overview-rules = ሕግታት
overview-shown-when = ዝረአ እንተ
overview-always = ኩሉ ግዜ
overview-required-yes = ግዴታ
overview-optional = ግዴታ ኣይኮነን
overview-required-when = ግዴታ እንተ { $condition }
overview-entry-question = { $entry }: { $question }
overview-options = ኣማራጺታት
overview-missing = ናብ { $language } ኣይተተርጎመን
overview-missing-count = ናብ { $language } ዘይተተርጎሙ ጽሑፋት ናይቲ ቅጥዒ: { $count }። ነፍሲ ወከፎም ብኻልእ ቋንቋ ይርአዩን ምልክት ኣለዎምን።
type-short-text = ሓጺር ጽሑፍ
type-long-text = ነዊሕ ጽሑፍ
type-email = ኣድራሻ ኢመይል
type-phone = ቁጽሪ ተሌፎን
type-number = ቁጽሪ
type-date = ዕለት
type-single-choice = ሓደ ኣማራጺ (መልጎም ሬድዮ)
type-dropdown = ሓደ ኣማራጺ (ዝርዝር)
type-multiple-choice = ዝኾነ ቁጽሪ ኣማራጺታት (ሳጹናት ምልክት)
type-yes-no = እወ ወይ ኣይፋል
type-identity-number = ሽወደናዊ ውልቃዊ መለለዪ ቁጽሪ
type-country = ሃገር
type-repeating-group = ንነፍሲ ወከፍ መእተዊ ዝሕተቱ ሕቶታት
type-document = ዝጽዓኑ ሰነዳት
type-heading = ኣርእስቲ
type-paragraph = ጽሑፍ
rule-min-length = እንተወሓደ { $min } ፊደላት
rule-max-length = ብዝበዝሐ { $max } ፊደላት
rule-whole-number = ምሉኣት ቁጽርታት ጥራይ
rule-min = እንተወሓደ { $min }
rule-max = ብዝበዝሐ { $max }
rule-in-past = ቅድሚ ሎሚ
rule-in-future = ድሕሪ ሎሚ
rule-after = ድሕሪ እቲ ኣብ { $question } ዘሎ ዕለት
rule-before = ቅድሚ እቲ ኣብ { $question } ዘሎ ዕለት
rule-min-age = እቲ ሰብ እንተወሓደ { $years } ዓመት ዕድሜ ኣለዎ
rule-memorable = ብመዓልቲ፡ ወርሕን ዓመትን ይሕተት
rule-min-selected = እንተወሓደ { $min } ዝተመልከቱ
rule-max-selected = ብዝበዝሐ { $max } ዝተመልከቱ
rule-accept-personal = ውልቃዊ መለለዪ ቁጽሪ ጥራይ፡ ቁጽሪ ምውህሃድ ኣይኮነን
rule-accept-coordination = ቁጽሪ ምውህሃድ ጥራይ
rule-accept-both = ውልቃዊ መለለዪ ቁጽሪ ወይ ቁጽሪ ምውህሃድ
rule-min-entries = እንተወሓደ { $min } መእተዊታት
rule-max-entries = ብዝበዝሐ { $max } መእተዊታት
rule-file-types = ፋይላት ናይዞም ዓይነታት: { $types }
rule-file-size = ንነፍሲ ወከፍ ፋይል ብዝበዝሐ { $size } KB
rule-max-files = ብዝበዝሐ { $max } ፋይላት
quoted = «{ $text }»
cond-is = መልሲ ናይ { $question } { $value } እዩ
cond-is-not = መልሲ ናይ { $question } { $value } ኣይኮነን
cond-more = መልሲ ናይ { $question } ካብ { $value } ይበዝሕ
cond-at-least = መልሲ ናይ { $question } { $value } ወይ ልዕሊኡ እዩ
cond-less = መልሲ ናይ { $question } ካብ { $value } ይውሕድ
cond-at-most = መልሲ ናይ { $question } { $value } ወይ ትሕቲኡ እዩ
cond-after = መልሲ ናይ { $question } ድሕሪ { $value } እዩ
cond-on-or-after = መልሲ ናይ { $question } { $value } ወይ ድሕሪኡ እዩ
cond-before = መልሲ ናይ { $question } ቅድሚ { $value } እዩ
cond-on-or-before = መልሲ ናይ { $question } { $value } ወይ ቅድሚኡ እዩ
cond-answered = { $question } ተመሊሱ እዩ
cond-not-answered = { $question } ኣይተመልሰን
cond-includes = መልሲ ናይ { $question } { $value } የጠቓልል
cond-is-neither = መልሲ ናይ { $question } { $value } ኣይኮነን
cond-includes-neither = መልሲ ናይ { $question } { $value } ኣየጠቓልልን
cond-answer-to = መልሲ ናይ { $question }
cond-and = { $first } ከምኡ'ውን { $second }
cond-or = { $first } ወይ { $second }
cond-not = { $condition } ኣይኮነን
values-or = { $first } ወይ { $second }
values-nor = { $first } ወይ { $second }
cond-always = ኩሉ ግዜ
cond-never = ፈጺሙ
preview-title = ቅድመ-ምርኣይ
preview-intro = ነዚ ቅጥዒ ከም ፈታኒ ጠላቢ፡ ከይኣቶኹም ትመልእዎ ኣለኹም። ካልእ ኩሉ ከምቲ ንጠላቢ ዝሰርሕ ይሰርሕ: ደረት ግዜ፡ ምዕቃብ፡ መልስታት ምፍታሽ፡ ምሕታምን ምርግጋጽን። ፋይል ናይቲ ቅጥዒ ምስ ዓቐብኩም፡ እዚ ገጽ ነቲ ለውጢ የርኢ።
preview-fill-page = ነዚ ገጽ ብኣብነታዊ መልስታት ምልእዎ
preview-fill-all = ኩሎም ገጻት ብኣብነታዊ መልስታት ምልእዎም
preview-go-to = ናብ ሓደ ገጽ ኪዱ
preview-again = ከም ሓድሽ ጠላቢ እንደገና ጀምሩ
preview-filled = ብኣብነታት ዝተመልኡ መልስታት: { $count }።
preview-not-filled = ዝሰማማዕ ኣብነት የለን: { $questions }።
preview-page-skipped = ምስዞም መልስታት { $page } ይሕለፍ፡ ስለዚ እቲ ቅድሚኡ ዘሎ ገጽ ይረአ።
preview-changed = ፋይል ናይቲ ቅጥዒ ተቐይሩ እዩ። እቲ ሓድሽ ሕታም ይረአ።
preview-confirmed = እዚ ጠለብ ተረጋጊጹ እዩ፡ ክቕየር ድማ ኣይክእልን። ነቲ ቅጥዒ እንደገና ንምምላእ ከም ሓድሽ ጠላቢ እንደገና ጀምሩ።
