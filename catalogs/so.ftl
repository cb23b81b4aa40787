### Awaiting review by a native translator.
###
### Somali (af-Soomaali, Latin script) catalog of the words the engine shows an applicant.
### The keys and { $placeholders } are the same as in en.ftl.
###
### Glossary of agency terms, used the same way in every message:
###   application ............. codsi (the application = codsiga; your application = codsigaaga)
###   draft ................... qabyo (the draft = qabyada; your draft = qabyadaada)
###   reference number ........ lambarka tixraaca (your reference number = lambarka tixraacaaga)
###   personal identity number  lambarka shakhsiga (Swedish "personnummer", given in brackets
###                             where it must be told apart from the coordination number)
###   coordination number ..... lambarka isku-duwidda (Swedish "samordningsnummer", given in
###                             brackets where it must be told apart)
###   sign in ................. soo gal (signed in = soo galsan; you can sign in = waad soo geli kartaa)
###   sign out ................ ka bax (you are/were signed out = waa lagaa bixiyay;
###                             you will be signed out = waa lagaa bixin doonaa)
###   page .................... bog (the page = bogga; this page = boggan)
###   answer .................. jawaab (answers = jawaabo; your answers = jawaabahaaga)
###   document ................ dukumenti (plural dukumentiyo)
### Other words kept the same: file = fayl; upload = soo rar; save = keydi; keep = hay;
###   choose/select = dooro; enter = geli; service = adeegga; device = qalab;
###   window = daaqad; tab = tab; work permit = ruqsad shaqo.
### Button names quoted in sentences: Beddel (change), Isku day mar kale (try-again),
###   Waqti dheeraad ah (more-time), Ku dar (add-entry), Ka saar (remove-entry).

## Erayada ku xeeran foomka: badhamada, cinwaannada, xaaladda.

app-name = Blankett
loading = Fadlan sug …
next = Xiga
back = Dib u noqo
step-of = Tallaabada { $step } ee { $total }
error-summary-title = Waxaa jira dhibaato
error-title-prefix = Khalad:{ " " }
optional = (ikhtiyaari)
choose = Dooro …
day = Maalin
month = Bil
year = Sannad
yes = Haa
no = Maya
add-entry = Ku dar
remove-entry = Ka saar
no-entries = Weli waxba lama darin.
entries-at-most = Waxaad ku dari kartaa ugu badnaan { $max }.
language = Luqad
schema-has-issues = Foomkan wuxuu leeyahay { $count ->
    [one] 1 khalad
   *[other] { $count } khalad
} lamana muujin karo
schema-issues-intro = Sax faylka schema-ha oo dib u soo rar bogga. Sadar kastaa wuxuu sheegayaa faylka, sadarka, tiirka iyo goobta.
back-to-forms = Ku noqo dhammaan codsiyada
form-not-found = Ma jiro codsi ciwaankan ku yaal.
request-failed = Adeeggu uma jawaabin sidii la filayay. Waxa aad qortay ma lumin. Mar kale isku day wax yar kadib.
network-failed = Adeegga lama gaari karin. Hubi xiriirka internetkaaga oo mar kale isku day. Waxa aad qortay ma lumin.
try-again = Isku day mar kale
check-answers = Hubi jawaabahaaga
check-answers-intro = Akhri jawaabahaaga. Dooro Beddel si aad u saxdo jawaab; kadib waxaad dib ugu soo laaban doontaa halkan. Waxaad daabici kartaa codsiga si aad u hubiso.
kind-other = Codsi
error-label = Khalad:

## Dukumentiyada (issue 7).

choose-file = Dooro fayl
uploading = Waa la soo rarayaa
percent = { $percent }%

## Codsiyada loo diro adeegga iyo waxa diidmadu ka dhigan tahay.

signed-out = Waa lagaa bixiyay, tusaale ahaan kadib 30 daqiiqo oo aan wax la qabanin. Wixii hore loo keydiyay ma lumin. Mar kale soo gal si aad u sii wadato.
draft-not-found = Codsigan mar dambe ma jiro. Ka bilow mar kale liiska codsiyada.
draft-expired = Qabyada waa la tirtiray sababtoo ah lama keydin waqtigii loogu talagalay (30 maalmood haddii ay tahay ruqsad shaqo, haddii kale 48 saacadood). Jawaabaha shaashaddan ma lumin: dooro Isku day mar kale si aad ugu keydiso qabyo cusub.
draft-locked = Codsigan waa la xaqiijiyay, mar dambena lama beddeli karo.
draft-stale = Codsiga waxaa lagu beddelay daaqad kale ama qalab kale, sidaas darteed jawaabaha shaashaddan lama keydin. Dooro jawaabaha aad rabto inaad hayso.
too-many-attempts = Isku dayo aad u badan. Sug { $minutes ->
    [one] 1 daqiiqo
   *[other] { $minutes } daqiiqo
} kadibna mar kale isku day.
saving = Waa la keydinayaa …
sign-out = Ka bax
sign-in-new-tab = Mar kale soo gal (waxay ku furmaysaa tab cusub)

## Xadka waqtiga (R2, R10).

time-left-on-page = Waqtiga kaaga haray boggan:
time-left = Waqtiga haray:
# What a screen reader hears about the time left, every few minutes and near the end.
time-left-announced = { $minutes ->
    [0] { $seconds } ilbiriqsi
    [1] 1 daqiiqo
   *[other] { $minutes } daqiiqo
} ayaa kaaga haray boggan
sign-out-announced = Waxaa lagaa bixin doonaa { $minutes ->
    [0] { $seconds } ilbiriqsi
    [1] 1 daqiiqo
   *[other] { $minutes } daqiiqo
} kadib
page-time-warning-title = Waqtigaaga boggan wuu dhammaanayaa
page-time-warning-body = Dooro Waqti dheeraad ah si aad u hesho { $minutes } daqiiqo oo kale boggan. Jawaabahaaga waa la keydin doonaa marka waqtigu dhammaado.
no-more-time = Boggan waqti dheeraad ah lama siin karo. Marka waqtigu dhammaado jawaabahaaga waa la keydin doonaa, waxaadna mar kale soo geli kartaa si aad uga sii wadato isla boggan.
inactivity-warning-title = Dhowaan waa lagaa bixin doonaa
inactivity-warning-body = Ma aadan isticmaalin adeegga ku dhowaad 30 daqiiqo. Ammaankaaga awgeed markaas waa lagaa bixin doonaa. Jawaabahaaga ayaa marka hore la keydin doonaa.
more-time = Waqti dheeraad ah
stay-signed-in = Sii joog adigoo soo galsan
close = Xir
signed-out-title = Waa lagaa bixiyay
page-time-ran-out = Waqtigaagii boggan wuu dhammaaday.
inactive-signed-out = Ma aadan isticmaalin adeegga muddo 30 daqiiqo ah.
signed-out-elsewhere = Waxaad ka baxday daaqad kale.
sign-in-to-continue = Mar kale soo gal si aad uga sii wadato isla boggan
page-time-restarted = Waqtigaagii boggan wuu dhammaaday. Jawaabahaaga waa la keydiyay, waxaadna haysataa { $minutes } daqiiqo oo kale boggan.

## Haynta jawaabaha (issue 6: R3, R4, R5, R13).

resumed = Ku soo dhowow mar kale. Waxaad joogtaa boggii aad ku joogsatay, jawaabahaaga oo dhanna waa halkoodii.
offline = Ma lihid xiriir internet. Jawaabahaaga waxaa lagu hayaa qalabkan, waxaana la keydin doonaa marka xiriirku soo laabto. Waad sii buuxin kartaa foomka.
offline-keep-open = Ma lihid xiriir internet. Daaqaddan ha xirin: jawaabahaaga waa la keydin doonaa marka xiriirku soo laabto.
device-storage-failed = Biraawsarkani ma hayn karo jawaabahaaga qalabkan (kaydkiisu waa buuxaa ama waa la damiyay). Adeeggu weli wuu keydinayaa inta aad internetka ku xiran tahay.
reset-device = Tirtir xogta adeeggan ee ku keydsan qalabkan
reset-done = Xogta adeeggan ee qalabkan waa la tirtiray. Qabyadaada la keydiyay weli adeegga ayaa haya.

## Bogagga ku xeeran foomamka (issue 16: R12, R14).

support = Caawimaad iyo taageero
check-application = Hubi codsigaaga adigoon soo gelin
page-helpful = Boggan ma ku caawiyay?
feedback-thanks = Waad ku mahadsan tahay inaad naga caawisay hagaajinta websaydka!
feedback-comment = Sidee baan boggan uga dhigi karnaa mid ka wanaagsan? (ikhtiyaari)
feedback-no-personal-data = Ha qorin xog shakhsi ah, sida magacaaga, lambarka shakhsiga, lambarka tixraaca, lambarka taleefanka ama ciwaanka iimaylka. Halkan kuuma jawaabi karno. Haddii aad rabto inaad su'aal weydiiso, xiriirkayaga waxaad ka helaysaa bogga Caawimaad iyo taageero.
send-comment = Dir
public-computer = Xusuuso inaad xirto biraawsarka haddii aad isticmaalayso kombiyuutar dadweyne, si aanu qof kale u helin xogta adiga kugu saabsan.
open-elsewhere = Codsigan wuxuu ku furan yahay tab ama daaqad kale. Hal meel oo keliya ayaa markiiba lagu beddeli karaa, si aan jawaabna dusha looga qorin.
taken-over = Codsigan waxaad ka sii wadatay tab ama daaqad kale. Jawaabahaaga halkan waa la keydiyay.
edit-here = Halkan ka beddel
keep-mine = Hay jawaabaha shaashaddan
show-saved = Muuji jawaabaha la keydiyay

## Hubinta jawaabaha, daabacaadda, xaqiijinta (issue 7: R7, R8, R9).

change = Beddel
not-answered = Lagama jawaabin
print = Daabac
send-heading = Dir codsigaaga
declaration-default = Waxaan xaqiijinayaa in xogta aan bixiyay ay sax tahay oo dhammaystiran tahay.
confirm-warning = Marka aad codsiga dirto, waxba kama beddeli kartid, mana diri kartid dukumentiyo kale.
confirm = Xaqiiji oo dir
declaration-required = Calaamadee sanduuqa si aad u xaqiijiso in xogtu sax tahay
sending = Codsigaaga waa la dirayaa …
incomplete = Su'aalaha qaarkood lagama jawaabin ama dhibaato ayay leeyihiin. Ku sax bogga la muujiyay, kadibna mar kale dir.
receipt-title = Codsiga waa la diray
your-reference = Lambarka tixraacaaga
receipt-email = Xaqiijin ayaan u dirnay ciwaanka iimaylkaaga.
receipt-next = Sheeg lambarka tixraaca marka aad nala soo xiriirayso. Codsiga mar dambe lama beddeli karo.
applicant = Codsade
printed-on = La daabacay
reference = Lambarka tixraaca
not-sent-yet = Lama dirin: qabyo aad hubiso

## Dhibaatooyinka hal jawaab, sida hubintu u sheegto. Mid kastaa wuxuu sheegaa waxa la sameeyo, ma aha oo keliya waxa khaldan.

required = Ka jawaab su'aashan
required-choice = Dooro mid ka mid ah doorashooyinka
required-country = Dooro waddan
required-choices = Dooro ugu yaraan hal doorasho
required-date = Geli taariikh
too-short = Qor ugu yaraan { $min ->
    [one] 1 xaraf
   *[other] { $min } xaraf
}
too-long = Qor ugu badnaan { $max } xaraf (waxaad qortay { $actual })
invalid-email = Geli ciwaan iimayl oo qaab sax ah leh, sida name@example.com
invalid-phone = Geli lambar taleefan oo ka kooban 7 ilaa 15 tiro, sida +46 70 123 45 67
not-a-number = Geli tiro, sida 12 ama 12.5
number-with-separator = Qor tirada adigoon kala soocin kumanaanka, sida 35000 ama 35000.50
not-a-whole-number = Geli tiro dhan, oo aan jajab lahayn
number-too-small = Geli tiro ah { $min } ama ka badan
number-too-large = Geli tiro ah { $max } ama ka yar
# No example format: the browser's date field shows dates in the applicant's own order.
invalid-date = Geli taariikhda oo dhan: maalinta, bisha iyo sannadka
not-a-real-date = Taariikhdani ma jirto. Hubi maalinta, bisha iyo sannadka
date-not-in-past = Taariikhdu waa inay ka horreysaa maanta
date-not-in-future = Taariikhdu waa inay ka dambeysaa maanta
# $other is the label of the other date question.
date-not-after = Taariikhdu waa inay ka dambeysaa “{ $other }”
date-not-before = Taariikhdu waa inay ka horreysaa “{ $other }”
too-young = Waa inaad ahaataa ugu yaraan { $age } sano jir. Hubi taariikhda dhalashada
identity-number-format = Geli lambarka oo ka kooban 10 ama 12 tiro, sida YYYYMMDD-NNNN
identity-number-date = Taariikhda ku jirta lambarka ma jirto. Hubi 6-da ama 8-da tiro ee ugu horreeya
identity-number-check-digit = Lambarku sax ma aha. Hubi in tiro kastaa sax tahay
not-a-personal-identity-number = Geli lambarka shakhsiga (personnummer), ee ha gelin lambarka isku-duwidda (samordningsnummer)
not-a-coordination-number = Geli lambarka isku-duwidda (samordningsnummer), ee ha gelin lambarka shakhsiga (personnummer)
unknown-country = Ka dooro waddan liiska
unknown-option = Ka dooro mid ka mid ah doorashooyinka liiska
too-few-selected = Dooro ugu yaraan { $min ->
    [one] 1 doorasho
   *[other] { $min } doorasho
}
too-many-selected = Dooro ugu badnaan { $max ->
    [one] 1 doorasho
   *[other] { $max } doorasho
}
required-document = Soo rar dukumenti
too-many-files = Waxaad soo rari kartaa ugu badnaan { $max ->
    [one] 1 dukumenti
   *[other] { $max } dukumenti
}. Ka saar kuwa dheeraadka ah
# $types is a list such as "PDF, JPEG or PNG" (see types-last below).
document-wrong-type = Faylku waa inuu ahaadaa { $types }. Dooro fayl kale
# $size is written by the engine, as "10 MB".
document-too-large = Faylku waa inuu ahaadaa { $size } ama ka yar. Dooro fayl ka yar, tusaale ahaan iskaan ama sawir tayadiisu ka hooseyso
document-empty = Faylku waa madhan yahay. Dooro fayl kale
document-too-many = Waxaad soo rari kartaa ugu badnaan { $max ->
    [one] 1 dukumenti
   *[other] { $max } dukumenti
}. Ka saar mid ka hor intaadan soo rarin mid kale
upload-offline = Faylka lama dirin sababtoo ah adeegga lama gaari karin. Hubi xiriirka internetkaaga oo mar kale dooro faylka
upload-failed = Faylka lama dirin sababtoo ah dhibaato ka jirta adeegga. Wax yar sug oo mar kale dooro faylka
# $entry is the group's entry title, as on its Add button ("child").
too-few-entries = Ku dar ugu yaraan { $min } adigoo isticmaalaya badhanka “Ku dar { $entry }”
too-many-entries = Waxaad ku dari kartaa ugu badnaan { $max }. Ka saar kuwa dheeraadka ah

## Waxa su'aasha dukumentigu aqbasho, oo ka sarreeya meesha faylka.

document-rules = { $files ->
    [1] Waxaad soo rari kartaa 1 fayl: { $types }, ilaa { $size }.
   *[other] Waxaad soo rari kartaa ilaa { $files } fayl: { $types }, mid kastaa ilaa { $size }.
}
# The last two file types of a list: "JPEG or PNG".
types-last = { $first } ama { $last }
# The decimal point in a file size: 1.5 MB.
decimal-point = .

## Weedho ku xeeran taariikh ama waqti, oo biraawsarku u qoro sida codsaduhu rabo.

answers-kept-until = Jawaabahaaga waa la keydiyay, waxaana la hayn doonaa ilaa { $date }.
draft-kept-until = Qabyadaada waa la hayn doonaa ilaa { $date }. Mar kasta oo aad keydiso, muddadu way sii dheeraanaysaa.
saved-at = La keydiyay { $date }.
sent-on = La diray { $date }
expired-on = Qabyadaadii hore waxaa la tirtiray { $date } sababtoo ah lama keydin waqtigii loogu talagalay (30 maalmood haddii ay tahay ruqsad shaqo, haddii kale 48 saacadood). Waxaad bilaabaysaa codsi cusub.

## Foom ku jira bog degel kale (widget-ka)
widget-sign-in-first = Soo gal si aad u buuxiso codsiga. Haddii aad hore u bilowday, waxaad ku sii wadanaysaa wixii aad keydisay.
widget-sign-in = Soo gal si aad u bilowdo ama u sii wadato
