### Awaiting review by a native translator.
### Somali (af-Soomaali, Latin script) words of the backend's pages and of its mail. The glossary
### of agency terms and button names is the one at the top of ../so.ftl; it is used here unchanged.
### Other terms kept the same in this file: account = akoon; password = erayga sirta ah;
###   username = magaca isticmaalaha; email address = ciwaanka iimaylka; code = koodh;
###   text message = fariin qoraal ah; two-step verification = xaqiijinta laba-tallaabo;
###   e-identification = aqoonsi elektaroonig ah; e-service = adeegga elektaroonigga ah.

# The language's name in itself, as the language switch lists it.
language-name = Soomaali

## Soo gelidda iyo bogga akoonka

phone-label = Lambarka taleefanka gacanta
phone-hint = Xaqiijinta laba-tallaabo, haddii aad rabto: marka aad soo gasho waxaan koodh fariin qoraal ah (SMS) ugu dirnaa lambarkan. Waa inaad heli kartaa fariimo qoraal ah.
enter-phone = Geli lambarka taleefankaaga gacanta
phone-format = Lambarka taleefanka gacanta ku geli tirooyin, sida 070 123 45 67 ama +46 70 123 45 67
second-step-title = Geli koodhka ku jira fariinta qoraalka ah
no-text-messages = Ma heli karo fariimo qoraal ah
lost-phone-title = Soo gal adigoon fariin qoraal ah isticmaalin
lost-phone-intro = Koodh ka kooban 6 tiro ayaan u dirnay ciwaanka iimaylkaaga. Geli koodhka si aad u soo gasho. Kadib xaqiijinta laba-tallaabo waa la damin doonaa, waxaadna mar kale ku daari kartaa lambar cusub.
lost-phone-button = Soo gal
two-step-turned-off = Xaqiijinta laba-tallaabo waa dansan tahay. Mar kale ku daar lambarkaaga cusub bogga Akoonkaaga.
account-title = Akoonkaaga
account-email = Ciwaanka iimaylka lama beddeli karo.
two-step-title = Xaqiijinta laba-tallaabo
two-step-help = Xaqiijinta laba-tallaabo waxay ka dhigan tahay inaad laba tallaabo ku soo gasho: wax aad taqaan (erayga sirtaada) iyo wax aad haysato (taleefankaaga). Fariimaha qoraalka ah way joogsan karaan, si ku meel gaar ah ama si joogto ah, markaas waxaa laga yaabaa inaad u baahato inaad beddesho lambarka taleefanka ee akoonkaaga si aad mar kale u soo gasho.
two-step-is-off = Xaqiijinta laba-tallaabo waa dansan tahay.
turn-on-two-step = Daar xaqiijinta laba-tallaabo
change-phone = Beddel lambarka taleefanka
turn-off-two-step = Dami xaqiijinta laba-tallaabo
phone-title = Lambarka taleefanka ee xaqiijinta laba-tallaabo
password-again-label = Erayga sirtaada
confirm-phone-title = Xaqiiji lambarka taleefanka
confirm-phone-button = Xaqiiji
two-step-on = Xaqiijinta laba-tallaabo waa shidan tahay.
two-step-off-title = Dami xaqiijinta laba-tallaabo
two-step-off-intro = Haddii aan xaqiijinta laba-tallaabo la isticmaalin, erayga sirtaada ayaa ku filan si aad u soo gasho.
two-step-off-button = Dami
to-account = U gudub akoonkaaga
bank-id-title = BankID iyo Mobile BankID
bank-id-help = BankID haddii aad isticmaasho BankID ku rakiban kombiyuutarka aad ka soo gasho, Mobile BankID haddii aad ku isticmaasho taleefan ama tablet. Si aad u hesho BankID waa inaad la xiriirtaa bankigaaga.
bank-id-this-device = Ku soo gal BankID qalabkan
bank-id-other-device = Ku soo gal Mobile BankID qalab kale
bank-id-on-this-device = BankID qalabkan
mobile-bank-id-title = Mobile BankID
bank-id-open = Fur BankID
bank-id-open-again = Waxba ma dhacayaan? Halkan ka fur BankID
bank-id-scan = Fur app-ka BankID ee taleefankaaga ama tablet-kaaga. App-ka ku riix calaamadda koodhka QR, kadibna iskaan garee koodhka QR ee halkan ku yaal.
bank-id-qr-alt = Koodhka QR ee lagu iskaan gareeyo app-ka BankID
bank-id-cancel = Jooji
bank-id-try-again = Isku day mar kale
professional-title = Degmo, gole gobol ama gobol (kommun, landsting, region)
professional-help = Tan waxaa loogu talagalay adiga oo rabo inaad ku soo gasho aqoonsiga elektaroonigga ah ee shaqadaada ee degmada, golaha gobolka ama gobolka. Maanta waxaa la isticmaalaa kaararka SITHS; waxaa beddeli doona Efos (aqoonsi elektaroonig ah oo loogu talagalay hay'adaha dowladda).
professional-button = Ku soo gal aqoonsiga elektaroonigga ah ee shaqada
professional-checklist-intro = Dhowr arrimood oo aad hubiso haddii ay dhibaato kaa haysato soo gelidda:
professional-checklist =
    Kaarka iyo akhriyaha kaarka ma ku xiran yihiin kombiyuutarkaaga?
    Net iD ma ku rakiban yahay kombiyuutarkaaga?
    Shahaadada (certificate) ku jirta kaarka weli ma ansax tahay?
    Hay'addaadu ma isticmaashaa web proxy oo baara taraafikada TLS/SSL ee baxaysa? Soo gelidda ma shaqayso haddii taraafikada la baaro. Guji calaamadda qufulka ee ku taal baarka ciwaanka oo eeg shahaadada: waa inaanay bixin hay'addaada.
    Tijaabi inaad soo geli karto bogga tijaabada SITHS.
professional-still-problems = Haddii dhibaatadu weli jirto, fadlan la xiriir Xarunta Xiriirka.
more-alternatives = Habab kale
telia-title = Aqoonsiga elektaroonigga ah ee Telia
telia-help = Aqoonsiga elektaroonigga ah ee Telia maanta waxaa inta badan isticmaala macaamiisha shirkadaha ee Telia. Waxaad sidoo kale ku isticmaali kartaa kaarka aqoonsiga ee Hay'adda Canshuuraha Iswiidhan (Skatteverket) oo leh aqoonsiga elektaroonigga ah ee Telia. Kaararka duugga ah waxay shaqeeyaan ugu badnaan shan sano.
telia-button = Ku soo gal aqoonsiga elektaroonigga ah ee Telia
test-provider = (tijaabo)
eid-email-title = Ciwaanka iimaylkaaga
eid-email-intro = Marka ugu horreysa ee aad ku soo gasho aqoonsi elektaroonig ah, geli ciwaan iimayl oo aad adigu heli karto. Halkaas ayaan iimaylo kuugu soo dirnaa oo ku saabsan codsigaaga. Ciwaanka iimaylka mar dambe ma beddeli kartid.
eid-email-button = Dir koodh
eid-failed = Soo gelidda aqoonsiga elektaroonigga ah waa la joojiyay ama ma shaqayn. Mar kale isku day, ama dooro hab kale oo aad ku soo gasho
skip-two-step = Sii wad adigoon xaqiijinta laba-tallaabo isticmaalin
continue-to-application = Sii wad
two-step-required = Akoonkani wuxuu leeyahay xaqiijinta laba-tallaabo. Ka soo gal bogga soo gelidda.
sign-in-title = Soo gal
sign-in-intro = Soo gal si aad u buuxiso codsiga. Jawaabahaaga waa la keydiyaa si aad mar dambe u sii wadato.
sign-out-title = Ka bax
sign-out-intro = Ka bax marka aad dhammayso, gaar ahaan haddii aad isticmaalayso kombiyuutar ay dad kale isticmaalaan. Waxa la keydiyay waa la hayaa.
sign-out-button = Ka bax
email-label = Ciwaanka iimaylka
email-or-username-label = Ciwaanka iimaylka ama magaca isticmaalaha
password-label = Erayga sirta ah
sign-in-button = Soo gal
no-account-yet = Samee akoon
create-account-title = Samee akoon
email-cannot-change = Koodh ayaan u dirnaa ciwaankan. Ciwaanka iimaylka mar dambe ma beddeli kartid.
create-account-button = Samee akoon
have-account = Horey ayaan akoon u lahaa
verify-title = Xaqiiji ciwaanka iimaylkaaga
verify-intro = Koodh ka kooban 6 tiro ayaan u dirnay ciwaankan. Geli koodhka 30 daqiiqo gudahood. Haddii aadan helin iimaylka, eeg galka spam-ka.
code-label = Koodh
verify-button = Xaqiiji
enter-email = Geli ciwaanka iimaylkaaga
email-format = Geli ciwaanka iimaylka qaab sax ah, sida name@example.com
enter-password = Geli erayga sirtaada
enter-email-or-username = Geli ciwaanka iimaylkaaga ama magacaaga isticmaalaha
email-or-username-format = Geli ciwaanka iimaylka, sida name@example.com, ama magaca isticmaalaha ee ka kooban 6 xaraf
enter-code = Geli koodhka ku jira iimaylka
code-format = Koodhku wuxuu ka kooban yahay 6 tiro. U geli sida uu ugu qoran yahay iimaylka
account-exists = Ciwaankan iimaylka horey ayaa akoon loogu sameeyay. Taa beddelkeeda soo gal
wrong-credentials = Ciwaanka iimaylka ama erayga sirta ah sax ma aha. Hubi labadaba oo mar kale isku day
wrong-code = Koodhku sax ma aha. Hubi koodhka ku jira iimaylkii ugu dambeeyay ee aan kuu soo dirnay
code-used-up = Koodhka si khaldan ayaa loo geliyay marar aad u badan, mana shaqaynayo mar dambe. Codso koodh cusub
code-expired = Koodhku wuxuu shaqeeyaa 30 daqiiqo oo keliya, waqtigiisuna wuu dhacay. Codso koodh cusub
new-code-button = Dir koodh cusub
new-code-sent = Koodh cusub ayaan u dirnay ciwaankan. Koodhkii aad hore u haysatay mar dambe ma shaqaynayo.
forgot-link = Ma ilowday erayga sirtaada?
forgot-title = Dib u deji erayga sirtaada
forgot-intro = Geli ciwaanka iimaylka ee akoonkaaga. Koodh ayaan u dirnaa, koodhkaas ayaadna ku dooran doontaa eray sir ah oo cusub.
forgot-button = Dir koodh
reset-title = Dooro eray sir ah oo cusub
reset-intro = Haddii uu jiro akoon ciwaankan leh, waxaan u dirnay koodh ka kooban 6 tiro. Geli koodhka 30 daqiiqo gudahood oo dooro eray sir ah oo cusub. Haddii aadan helin iimaylka, eeg galka spam-ka.
new-password-label = Erayga sirta ah ee cusub
reset-button = Keydi erayga sirta ah oo soo gal
ask-for-reset-code = Codso koodh aad ku doorato eray sir ah oo cusub, halkan biraawsarkan
password-method-title = Magaca isticmaalaha iyo erayga sirta ah
password-method-help = Haddii aad akoonkaaga samaysay 4 Diseembar 2018 kadib, waxaad ku soo gashaa ciwaanka iimaylkaaga iyo erayga sirtaada. Haddii aad leedahay akoon ka horreeyay, isticmaal magaca isticmaalaha ee ka kooban lix xaraf iyo erayga sirtaada. Haddii aadan akoon lahayn, waxaad samaysan kartaa mid cusub.
foreign-eid-title = Aqoonsi elektaroonig ah oo waddan kale
foreign-eid-intro = Adeeg kasta oo elektaroonig ah oo isticmaala aqoonsi elektaroonig ah wuxuu u baahan yahay lambarka shakhsiga ee Iswiidhan (personnummer).
foreign-eid-link = Ku soo gelidda aqoonsi elektaroonig ah oo waddan kale
foreign-eid-page = Si aad ugu soo gasho aqoonsi elektaroonig ah waxaad u baahan tahay lambarka shakhsiga ee Iswiidhan (personnummer) iyo inaad ku diiwaangashan tahay diiwaanka dadweynaha ee Iswiidhan (folkbokföring). Aqoonsi elektaroonig ah oo caalami ah lama isticmaali karo.
foreign-eid-what-to-do = Taa beddelkeeda, waxaad samaysan kartaa akoon adigoo isticmaalaya ciwaanka iimaylkaaga, waxaadna ku soo geli kartaa magaca isticmaalaha iyo erayga sirta ah.
back-to-sign-in = Ku noqo soo gelidda
new-text-code-sent = Koodh cusub ayaan kuugu soo dirnay fariin qoraal ah. Koodhkii aad hore u haysatay mar dambe ma shaqaynayo.
sign-in-to-confirm = Ku soo gal ciwaanka iimaylkaaga iyo erayga sirtaada si aad u geliso koodhka aan kuu soo dirnay
sign-in-to-fill = Soo gal si aad u buuxiso { $form }. Jawaabahaaga waa la keydiyaa si aad mar dambe u sii wadato.
second-step-intro = Koodh ka kooban 6 tiro ayaan fariin qoraal ah ugu dirnay lambarka taleefanka ee ku dhammaada { $ending }. Koodhku wuxuu shaqeeyaa 10 daqiiqo.
confirm-phone-intro = Koodh ka kooban 6 tiro ayaan fariin qoraal ah ugu dirnay lambarka cusub ee ku dhammaada { $ending }. Geli koodhka si aad u xaqiijiso in taleefanka adigu leedahay.
two-step-is-on = Xaqiijinta laba-tallaabo waa shidan tahay. Koodhadhka waxaa fariin qoraal ah loogu diraa lambarka taleefanka ee ku dhammaada { $ending }.
new-password-hint = Ugu yaraan { $min } xaraf.
password-too-short = Dooro eray sir ah oo ka kooban ugu yaraan { $min } xaraf

## BankID: waxa app-ku samaynayo (fariimaha ay dukumentiyada BankID ku taliyaan)

bankid-rfa-1 = Fur app-kaaga BankID.
bankid-rfa-3 = Waa la joojiyay. Fadlan mar kale isku day.
bankid-rfa-4 = Aqoonsi ama saxiix loogu talagalay lambarkan shakhsiga horey ayuu u bilaabmay. Fadlan mar kale isku day.
bankid-rfa-5 = Khalad gudaha ah. Fadlan mar kale isku day.
bankid-rfa-6 = Waa la joojiyay.
bankid-rfa-8 = App-ka BankID ma jawaabayo. Fadlan hubi inuu furan yahay iyo inaad haysato internet. Haddii aadan haysan BankID ansax ah, waxaad ka heli kartaa bankigaaga. Mar kale isku day.
bankid-rfa-9 = Geli koodhkaaga amniga app-ka BankID oo dooro Identify (Identifiera).
bankid-rfa-13 = Waxaa la isku dayayaa in la furo app-kaaga BankID.
bankid-rfa-15-a = BankID ayaa la raadinayaa, waxay qaadan kartaa in yar … Haddii dhowr ilbiriqsi ay dhaafeen oo weli BankID la helin, waxay u badan tahay inaadan haysan BankID loo isticmaali karo aqoonsigan qalabkan. Haddii aadan haysan BankID, waxaad ka heli kartaa bankigaaga.
bankid-rfa-16 = BankID-ga aad isku dayayso inaad isticmaasho waa la xannibay ama waa duug. Fadlan isticmaal BankID kale ama mid cusub ka qaado bankigaaga.
bankid-rfa-17-a = App-ka BankID lagama helin kombiyuutarkaaga ama qalabkaaga mobilka. Fadlan rakib oo BankID ka qaado bankigaaga. App-ka ka rakib dukaanka app-ka (app store) ama https://install.bankid.com.
bankid-rfa-17-b = Koodhka QR lama iskaan garayn karin. Fur app-ka BankID oo iskaan garee koodhka QR. Hubi in app-ka BankID uu yahay nooca ugu cusub. Haddii aadan haysan app-ka BankID, waa inaad rakibtaa oo BankID ka qaadataa bankigaaga. App-ka ka rakib dukaanka app-ka (app store) ama https://install.bankid.com.
bankid-rfa-21 = Aqoonsigu wuu socdaa.
bankid-rfa-22 = Khalad aan la garanayn. Fadlan mar kale isku day.
bankid-rfa-23 = App-ka BankID ku akhri dukumentigaaga safarka ee mashiinku akhriyi karo.

## Hubinta codsi adigoon soo gelin, bogga taageerada, ka bixidda, bogga hore

status-title = Hubi codsigaaga adigoon soo gelin
status-intro = Haddii aadan haysan aqoonsi elektaroonig ah oo aadan sidoo kale samaysan karin akoon, waxaad hubin kartaa codsigaaga adigoon soo gelin. Waxaad arki kartaa in codsigaaga la diiwaangeliyay iyo in go'aan laga gaaray.
reference-label = Lambarka tixraaca
reference-hint = Wuxuu ku jiraa iimaylkii aad heshay markii aad xaqiijisay codsiga, tusaale ahaan BL-2026-4821-0736.
date-of-birth-label = Taariikhda dhalashadaada
date-of-birth-hint = Sida ku qoran codsiga, tusaale ahaan 27 3 1990.
check-button = Hubi codsiga
enter-reference = Geli lambarka tixraaca
reference-format = Geli lambarka tixraaca sida uu ugu qoran yahay iimaylka, sida BL-2026-4821-0736
enter-date-of-birth = Geli taariikhda dhalashadaada
date-of-birth-format = Geli taariikhda dhalashadaada oo ah taariikh jirta, leh maalin, bil iyo sannad
date-of-birth-in-past = Taariikhda dhalashadaadu waa inay ka horreysaa maanta
status-result = Codsigaaga
not-decided = Weli go'aan lama gaarin. Hadda waxba uma baahnid inaad samayso. Mar dambe dib u hubi.
not-found = Ma helin codsi leh lambarkan tixraaca iyo taariikhdan dhalashada. Labadaba la barbar dhig iimaylkii aad heshay markii aad xaqiijisay codsiga, oo mar kale isku day.
or-sign-in = Ma haysataa aqoonsi elektaroonig ah ama akoon? Soo gal si aad u aragto codsigaaga.
support-title = Taageerada farsamada ee adeegga elektaroonigga ah
support-intro = Kooxdayada taageerada ayaa ku caawin karta haddii aad la kulanto dhibaatooyin farsamo marka aad isticmaalayso adeegga elektaroonigga ah. Tani waxay noqon kartaa dhibaatooyin xagga soo gelidda ah, su'aalo ku saabsan erayga sirta ah ama fariimo khalad.
try-first-title = Marka hore isku day tan
try-first-intro = Dhibaatooyin badan ayaa la xallin karaa adigoon na soo wicin. Fadlan isku day waxyaabahan ka hor intaadan na soo wicin.
support-reset-title = Haddii khalad sii jiro kadib markii sababtiisii meesha ka baxday
reset-text = Adeegga elektaroonigga ah wuxuu waxa aad qorto sidoo kale ku hayaa qalabkan, si aanay waxba u lumin haddii shabakaddu go'do. Haddii khalad u muuqdo inuu sii jiro, tirtir waxa adeeggu ku keydiyay qalabkan. Uma baahnid inaad tirtirto cookies-kaaga ama taariikhda biraawsarkaaga. Waxa aad nala keydisay waa la hayaa: mar kale soo gal oo sii wad. Waxaa lumaya oo keliya jawaabaha aan qalabkani weli awoodin inuu diro.
reload-title = Haddii adeeggu u muuqdo inuu istaagay
reload-text = Dib u soo rar bogga: riix F5 (PC), Command+Shift+R (Mac) ama badhanka dib-u-soo-rarka ee biraawsarkaaga. Jawaabahaaga waa la hayaa.
network-title = Haddii adeeggu aanu furmin
network-text = Firewall-yada shabakadaha dadweynaha iyo shabakadaha shirkadaha ama shaqada ayaa xannibi kara adeegga, xitaa haddii aad wadato kombiyuutarkaaga. Isku day shabakad gaar ah, sida shabakadda gurigaaga ama xogta mobilka ee taleefankaaga.
questions-title = Su'aalaha caadiga ah
account-question = Sideen u sameeyaa akoon?
account-answer = Bogga soo gelidda ka dooro “Magaca isticmaalaha iyo erayga sirta ah”, kadib “Samee akoon”. Koodh xaqiijin ayaan u dirnaa ciwaanka iimaylkaaga. Haddii aadan iimayl naga helin, barnaamijka iimaylkaaga ayaa laga yaabaa inuu u qaatay spam, sidaas darteed eeg galka spam-ka.
email-question = Ma beddeli karaa ciwaanka iimaylkayga?
email-answer = Maya. Waa inaad heli kartaa iimaylada ciwaanka aad bixiso, sababtoo ah waxaan u isticmaalnaa inaan kula xiriirno. Lama beddeli karo marka akoonka la sameeyo kadib.
time-question = Intee in le'eg ayaan waqti ku haystaa bog kasta?
back-question = Ma isticmaali karaa badhanka dib-u-noqoshada ee biraawsarka?
back-answer = Haa. Badhamada dib-u-noqoshada iyo hore-u-socodka ee biraawsarku waxay kuu kala wareejiyaan bogagga foomka si la mid ah badhamada foomka, waxna kama lumaan waxa aad qortay.
kept-question = Intee in le'eg ayaa la hayaa waxa aan qoray haddii aan joojiyo?
kept-answer = Haddii aad joojiso codsigaaga ama ay dhacaan carqalado farsamo, waxa aad qortay waa la hayaa. Mar kale soo gal muddadan gudaheeda, haddii kale waa la tirtirayaa:
continue-question = Sideen u sii wataa codsigayga?
continue-answer = Mar kale soo gal oo fur isla foomkii. Waxaad ka sii wadanaysaa boggii aad ku joogsatay.
password-question = Waan ilaaway erayga sirtayda
password-answer = Bogga soo gelidda ka dooro “Ma ilowday erayga sirtaada?”. Koodh ayaan u dirnaa ciwaanka iimaylkaaga, koodhkaas ayaadna ku dooran doontaa eray sir ah oo cusub.
print-question = Ma hubin karaa codsigayga ka hor intaanan dirin?
print-answer = Haa. Marka aad ka jawaabto su'aal kasta waxaad arkaysaa dhammaan jawaabahaaga, waad beddeli kartaa, waxaadna daabici kartaa codsiga si aad u hubiso inuu si sax ah u buuxsan yahay.
confirm-question = Maxaa dhacaya marka aan xaqiijiyo codsiga?
confirm-answer = Marka aad xaqiijiso codsiga, mar dambe ma beddeli kartid wax xog ah, mana soo diri kartid dukumentiyo. Xaqiijin leh lambarka tixraaca ayaan u dirnaa ciwaanka iimaylkaaga.
status-question = Ma arki karaa codsigayga anigoon soo gelin?
status-answer = Haa: lambarka tixraaca iyo taariikhda dhalashadaada waxaad ku arki kartaa in codsiga la diiwaangeliyay iyo in go'aan laga gaaray.
call-title = Na soo wac
call-intro = Ma heli weyday jawaabta su'aashaada? Na soo wac si aan kuu caawinno.
phone-number-title = Lambarka taleefanka
hours-title = Saacadaha taleefanka
email-title = Iimayl noo soo dir
email-intro = Waxaad sidoo kale iimayl noo soo diri kartaa haddii aad qabto su'aalo ku saabsan adeegga elektaroonigga ah. Si kastaba ha ahaatee, jawaabta iimaylka waxay qaadataa waqti ka dheer marka loo eego haddii aad na soo wacdo.
email-link = Iimayl u dir taageerada farsamada
feedback-title = Waad ku mahadsan tahay
back-to-page = Ku noqo bogga
feedback-gone = Faallada lama hayn karin, sababtoo ah jawaabtii ay lahayd ma jirto mar dambe ama horey ayay faallo u leedahay.
signed-out-intro = Waa lagaa bixiyay. Waxa aad keydisay waa la hayaa.
sign-in-again = Mar kale soo gal
forms = Codsiyada
forms-intro = Dooro codsiga aad rabto inaad buuxiso.
registered = Codsiga { $reference } waa la diiwaangeliyay. Waxaa la diiwaangeliyay { $date } saacadda { $time }.
decided = Go'aan ayaa la gaaray { $date }.
try-again-at = Marar badan ayaad isku dayday. Si loo ilaaliyo codsiyada, mar kale isku day saacadda { $time }.
try-again-on = Marar badan ayaad isku dayday. Si loo ilaaliyo codsiyada, mar kale isku day { $day } saacadda { $time }.
# The first sentence of the answer about time on pages, when every page has the same limit.
time-on-each-page = { $minutes } daqiiqo bog kasta.
time-on-pages-between = { $shortest } ilaa { $longest } daqiiqo bog kasta, iyadoo ay ku xiran tahay bogga.
# $time is one of the two sentences above.
time-warned-continue = { $time } Waa lagu ogeysiinayaa ka hor inta uusan waqtigu dhammaan, waxaadna heli kartaa waqti dheeraad ah, ilaa { $extensions } jeer bog kasta. Marka waqtigu dhammaado, jawaabahaaga waa la keydinayaa, waqtiga bogguna mar kale ayuu bilaabmayaa.
time-warned-sign-out = { $time } Waa lagu ogeysiinayaa ka hor inta uusan waqtigu dhammaan, waxaadna heli kartaa waqti dheeraad ah, ilaa { $extensions } jeer bog kasta. Marka waqtigu dhammaado, jawaabahaaga waa la keydinayaa, waana lagaa bixin doonaa.
draft-kept-days = { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
} kadib isbeddelkaagii ugu dambeeyay
draft-kept-hours = { $hours ->
    [one] { $hours } saacad
   *[other] { $hours } saacadood
} kadib isbeddelkaagii ugu dambeeyay
times-in = Waqtiyadu waxay ku qoran yihiin aagga waqtiga { $zone } (hadda UTC{ $offset }).
comment-too-long = Qor ugu badnaan { $max } xaraf

## Taariikhaha iyo waqtiyada, sida bogagga iyo iimaylada adeeggu u qoraan.

# "3 December 2026"
date = { $day } { $month } { $year }
# "3 December", a day this year
day-and-month = { $day } { $month }
# "14:05"; the hour and the minute arrive with two digits each.
time-of-day = { $hour }:{ $minute }
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luuliyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofeembar
month-12 = Diseembar
monday = Isniin
tuesday = Talaado
wednesday = Arbaco
thursday = Khamiis
friday = Jimce
saturday = Sabti
sunday = Axad

## Iimaylka xaqiijinta (R9). Waxaa lagu diraa luqadda codsadaha iyo af-Iswiidhish.

mail-subject = Codsiga waa la helay
# $form is the form's title in this language.
mail-body =
    Waan helnay codsigaaga: { $form }.
    Lambarka tixraaca: { $reference }
    La xaqiijiyay: { $date }

## Iimaylada iyo fariimaha qoraalka ah ee koodhka leh. Mid kasta waxaa lagu diraa luqadda codsadaha iyo af-Iswiidhish.

code-mail-verify-subject = Koodhkaaga xaqiijinta
code-mail-new-subject = Koodhkaaga xaqiijinta ee cusub
code-mail-verify-body = Koodhkaaga xaqiijinta waa { $code }. Geli 30 daqiiqo gudahood meeshii aad ku samaysay akoonkaaga.
code-mail-reset-subject = Koodhkaaga eray sir ah oo cusub
code-mail-reset-body = Koodhka aad ku dooranayso eray sir ah oo cusub waa { $code }. Geli 30 daqiiqo gudahood bogga aad ka codsatay. Haddii aadan koodh codsan, waxaad iska indha tiri kartaa iimaylkan: erayga sirtaadu isma beddelayo.
code-mail-sign-in-subject = Koodhkaaga aad ku soo gelayso
code-mail-sign-in-body = Koodhka aad ku soo gelayso adigoon fariin qoraal ah isticmaalin waa { $code }. Geli 30 daqiiqo gudahood bogga aad ka codsatay.
# A text message: short, the code first.
code-text = Koodhkaagu waa { $code }.

## Guudmarka foomka, sida uu u akhriyo naqshadeeyaha foomka iyo shaqaalaha kiiska, iyo
## horu-eegga uu naqshadeeyuhu ku furo habka horumarinta.

overview-link = Guudmar
preview-link = Horu-eeg
overview-title = Guudmar: { $form }
overview-intro = Dhammaan bogagga iyo su'aalaha foomka siday u kala horreeyaan, iyo xeerarkooda iyo goorta la muujiyo. Daabac, ama ku akhri luqad kale oo ka mid ah luqadaha foomka.
overview-about = Ku saabsan foomka
overview-kind = Nooca codsiga
form-kind-work-permit = Ruqsad shaqo
form-kind-visit = Booqasho
form-kind-study = Waxbarasho
form-kind-family = Qoys
form-kind-citizenship = Dhalasho
form-kind-other = Kale
overview-retention = Qabyooyinka waa la hayaa
overview-kept-days = { $days } maalmood kadib isbeddelkii ugu dambeeyay, kadibna waa la tirtiraa
overview-kept-hours = { $hours } saacadood kadib isbeddelkii ugu dambeeyay, kadibna waa la tirtiraa
overview-languages = Luqadaha
overview-time = Waqtiga bogagga
overview-warning = Digniinta waxay timaadaa { $seconds } ilbiriqsi ka hor inta uusan waqtiga bogga dhammaan.
overview-pages = Bogagga
overview-page = Bogga { $number }: { $title }
overview-page-time = { $minutes } daqiiqo boggan.
overview-page-shown-when = Waxaa la muujiyaa oo keliya marka { $condition }. Haddii kale boggan waa laga boodaa.
overview-question = Su'aal
overview-type = Jawaab
overview-required = Waa qasab
overview-rules = Xeerar
overview-shown-when = Waxaa la muujiyaa marka
overview-always = Had iyo jeer
overview-required-yes = Waa qasab
overview-optional = Ikhtiyaari
overview-required-when = Waa qasab marka { $condition }
overview-entry-question = { $entry }: { $question }
overview-options = Doorashooyin
overview-missing = Looma turjumin { $language }
overview-missing-count = Tirada qoraallada foomka ee aan loo turjumin { $language }: { $count }. Mid kasta waxaa lagu muujiyaa luqad kale waana la calaamadiyaa.
type-short-text = Qoraal gaaban
type-long-text = Qoraal dheer
type-email = Cinwaanka iimaylka
type-phone = Lambarka telefoonka
type-number = Tiro
type-date = Taariikh
type-single-choice = Hal doorasho (badhamada raadiyaha)
type-dropdown = Hal doorasho (liis)
type-multiple-choice = Doorashooyin tiro kasta ah (sanduuqyada calaamadda)
type-yes-no = Haa ama maya
type-identity-number = Lambarka shakhsiga ee Iswiidhan
type-country = Waddan
type-repeating-group = Su'aalo la weydiiyo gelid kasta
type-document = Dukumentiyo la soo raro
type-heading = Cinwaan
type-paragraph = Qoraal
rule-min-length = Ugu yaraan { $min } xaraf
rule-max-length = Ugu badnaan { $max } xaraf
rule-whole-number = Tirooyin dhan oo keliya
rule-min = Ugu yaraan { $min }
rule-max = Ugu badnaan { $max }
rule-in-past = Ka hor maanta
rule-in-future = Maanta kadib
rule-after = Taariikhda ku jirta { $question } kadib
rule-before = Taariikhda ku jirta { $question } ka hor
rule-min-age = Qofku wuxuu jiraa ugu yaraan { $years } sano
rule-memorable = Waxaa la weydiiyaa maalin, bil iyo sannad
rule-min-selected = Ugu yaraan { $min } la calaamadiyay
rule-max-selected = Ugu badnaan { $max } la calaamadiyay
rule-accept-personal = Lambarka shakhsiga oo keliya, ma aha lambarka isku-duwidda
rule-accept-coordination = Lambarka isku-duwidda oo keliya
rule-accept-both = Lambarka shakhsiga ama lambarka isku-duwidda
rule-min-entries = Ugu yaraan { $min } gelid
rule-max-entries = Ugu badnaan { $max } gelid
rule-file-types = Faylal noocyadan ah: { $types }
rule-file-size = Ugu badnaan { $size } KB fayl kasta
rule-max-files = Ugu badnaan { $max } fayl
quoted = "{ $text }"
cond-is = jawaabta { $question } waa { $value }
cond-is-not = jawaabta { $question } ma aha { $value }
cond-more = jawaabta { $question } way ka badan tahay { $value }
cond-at-least = jawaabta { $question } waa { $value } ama ka badan
cond-less = jawaabta { $question } way ka yar tahay { $value }
cond-at-most = jawaabta { $question } waa { $value } ama ka yar
cond-after = jawaabta { $question } waa { $value } kadib
cond-on-or-after = jawaabta { $question } waa { $value } ama ka dambe
cond-before = jawaabta { $question } waa { $value } ka hor
cond-on-or-before = jawaabta { $question } waa { $value } ama ka hor
cond-answered = { $question } waa laga jawaabay
cond-not-answered = { $question } lagama jawaabin
cond-includes = jawaabta { $question } waxaa ku jira { $value }
cond-is-neither = jawaabta { $question } ma aha { $value }
cond-includes-neither = jawaabta { $question } kuma jiraan { $value }
cond-answer-to = jawaabta { $question }
cond-and = { $first } iyo { $second }
cond-or = { $first } ama { $second }
cond-not = ma aha in { $condition }
values-or = { $first } ama { $second }
values-nor = { $first } iyo { $second }
cond-always = had iyo jeer
cond-never = marnaba
preview-title = Horu-eeg
preview-intro = Waxaad foomkan u buuxinaysaa sidii codsade tijaabo ah, adigoon soo gelin. Wax kasta oo kale waxay u shaqeeyaan sida codsadaha: xadka waqtiga, keydinta, hubinta jawaabaha, daabacaadda iyo xaqiijinta. Marka aad keydiso faylka foomka, boggan wuxuu muujiyaa isbeddelka.
preview-fill-page = Boggan ku buuxi jawaabo tusaale ah
preview-fill-all = Bog kasta ku buuxi jawaabo tusaale ah
preview-go-to = U gudub bog
preview-again = Dib u bilow sidii codsade cusub
preview-filled = Tirada jawaabaha lagu buuxiyay tusaalayaal: { $count }.
preview-not-filled = Tusaale ku habboon ma jiro: { $questions }.
preview-page-skipped = { $page } waa laga boodaa jawaabahan, sidaas darteed waxaa la muujiyaa bogga ka horreeya.
preview-changed = Faylka foomka waa isbeddelay. Waxaa la muujiyaa nuqulka cusub.
preview-confirmed = Codsigan waa la xaqiijiyay lamana beddeli karo. Dib u bilow sidii codsade cusub si aad foomka mar kale u buuxiso.
