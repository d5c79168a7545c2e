"""The glossary terms in Swedish, keyed by the slug of the Finnish term they translate.

Match forms are the beginnings of the Swedish inflected forms, as in `demo.glossary`: "placer" finds
placering, placeringar and placerade.
"""

# Finnish slug -> (slug, term, definition, other names, match forms).
TERMS = {
    "yhteisasiakas": (
        "gemensam-klient",
        "gemensam klient",
        "En klient som samtidigt är klient eller patient inom två eller flera tjänster, till exempel barnskyddet "
        "och ungdomspsykiatrin. I IntO-projektet är de gemensamma klienterna barnskyddets och ungdomspsykiatrins "
        "gemensamma klienter i åldern 13–17 år och deras familjer.",
        "gemensamt klientskap",
        "gemensam klient, gemensamma klient, gemensamt klientskap",
    ),
    "kokemusasiantuntija": (
        "erfarenhetsexpert",
        "erfarenhetsexpert",
        "En person som har egen erfarenhet till exempel som klient eller patient eller som närstående till en "
        "klient och som använder sin erfarenhet när tjänster utvecklas och utvärderas eller i kamratstöd. Enligt "
        "projektens erfarenheter stärker erfarenhetsexpertisen utvecklingens kvalitet och verkningsfullhet genom "
        "att utmana de yrkesverksamma att reflektera över sitt arbete.",
        "erfarenhetsexpertis, erfarenhetsaktör",
        "erfarenhetsexpert",
    ),
    "monitoimijaisuus": (
        "mangaktorskap",
        "mångaktörskap",
        "Samverkan mellan klienten och yrkesverksamma inom olika tjänster, där var och en är en aktiv aktör. I "
        "projektet Framtidens barnskydd talade man medvetet om mångaktörskap i stället för sektorsövergripande "
        "arbete, eftersom det gör gränsytor till kontaktytor och betonar både klientens och de yrkesverksammas "
        "aktörskap och aktivitet i samverkan. Kunskap som tas fram och delas gemensamt gör det möjligt för alla "
        "att vara aktörer och utesluter ett följsamt eller observerande deltagande i nätverken.",
        "sektorsövergripande arbete",
        "mångaktörs",
    ),
    "monialainen-yhteistyo": (
        "sektorsovergripande-samarbete",
        "sektorsövergripande samarbete",
        "Samarbete mellan yrkesverksamma inom olika sektorer, till exempel socialvården, hälso- och sjukvården och "
        "undervisningen, kring samma klient eller familj. Se också mångaktörskap, som dessutom betonar klientens "
        "eget aktörskap.",
        "mångprofessionellt samarbete, sektorsövergripande arbete",
        "sektorsövergripande, mångprofessionell",
    ),
    "systeeminen-tyoote": (
        "systemiskt-arbetssatt",
        "systemiskt arbetssätt",
        "Ett tanke- och arbetssätt där barnets och familjens situation ses som en helhet av deras relationer och "
        "miljö. Ett systemiskt och relationsbaserat arbetssätt bygger på att lära känna varandra, på ett "
        "arbetssätt som ber om lov och på verklig samverkan; verksamheten ska vara respektfull, nyfiken och "
        "uppskattande även när meningsskiljaktigheter behandlas. Systemiskt klientarbete sker alltid med flera "
        "aktörer.",
        "systemiskt förhållningssätt, systemisk verksamhetsmodell",
        "systemisk",
    ),
    "suhdeperustainen-tyo": (
        "relationsbaserat-arbete",
        "relationsbaserat arbete",
        "Arbete där en förtroendefull och respektfull relation till klienten är grunden för hjälpen. Relationen "
        "bygger på att lära känna varandra och på ett arbetssätt som ber om lov.",
        "relationsbaserat arbetssätt",
        "relationsbaser",
    ),
    "verkostoneuvottelu": (
        "natverksmote",
        "nätverksmöte",
        "Ett möte där den unga och familjen och de yrkesverksamma som arbetar med dem, till exempel inom "
        "barnskyddet och ungdomspsykiatrin, går igenom situationen tillsammans och kommer överens om mål, ansvar "
        "och nästa steg.",
        "nätverksträff",
        "nätverksmöte",
    ),
    "verkostoyhteistyo": (
        "natverkssamarbete",
        "nätverkssamarbete",
        "Planmässigt samarbete mellan klienten, hens närstående och yrkesverksamma inom olika tjänster, där "
        "situationen ses som en helhet och stödet samordnas.",
        "nätverksarbete",
        "nätverkssamarbet, nätverksarbet",
    ),
    "sijaishuolto": (
        "vard-utom-hemmet",
        "vård utom hemmet",
        "Vård och fostran utanför hemmet för ett barn som har omhändertagits, placerats brådskande eller "
        "placerats med stöd av ett interimistiskt förordnande, till exempel i familjevård eller institutionsvård.",
        "",
        "vård utom hemmet, vården utom hemmet",
    ),
    "avohuolto": (
        "oppenvard",
        "öppenvård",
        "Barnskyddets stödåtgärder inom öppenvården: stöd som barnet och familjen får medan barnet bor hemma, till "
        "exempel familjearbete, en stödperson eller ekonomiskt stöd.",
        "stödåtgärder inom öppenvården",
        "öppenvård",
    ),
    "sijoitus": (
        "placering",
        "placering",
        "Att ett barn placeras att bo utanför hemmet, antingen som en stödåtgärd inom öppenvården, brådskande "
        "eller i vård utom hemmet efter ett omhändertagande.",
        "",
        "placer",
    ),
    "yhteiskehittaminen": (
        "samutveckling",
        "samutveckling",
        "Ett sätt att utveckla där medborgare och slutanvändare av olika tjänster deltar i idéarbetet, "
        "planeringen, genomförandet och utvärderingen av tjänsterna i samarbete med yrkesverksamma, experter och "
        "myndigheter. Samutvecklingen knyter samman olika intressentgrupper, till exempel medborgare, företag "
        "samt tredje och offentliga sektorn, och syftar till att med hjälp av många aktörer lösa behov och "
        "problem som gäller samhället och tjänsterna.",
        "gemensam utveckling",
        "samutveckl",
    ),
    "osallisuus": (
        "delaktighet",
        "delaktighet",
        "En människas möjlighet att vara med och påverka frågor som gäller hens liv och tjänster. Barnets "
        "delaktighet innebär att barnets synpunkter hörs och beaktas både i klientarbetet och när tjänsterna "
        "utvecklas. I källmaterialets projekt har delaktigheten varit den röda tråden i utvecklingsarbetet och "
        "klientarbetet.",
        "klientdelaktighet",
        "delaktig, klientdelaktig",
    ),
    "hyvinvointialue": (
        "valfardsomrade",
        "välfärdsområde",
        "Ett självstyrande område som sedan 2023 i stället för kommunerna ansvarar för att ordna social- och "
        "hälsovården och räddningsväsendet. Helsingfors stad ordnar själv dessa tjänster.",
        "",
        "välfärdsområde",
    ),
    "fasilitointi": (
        "facilitering",
        "facilitering",
        "Att leda en grupps arbete så att alla kan delta och diskussionen håller sig till målet. I samutveckling "
        "är faciliteringen en kritisk framgångsfaktor: den styr ihärdigt diskussionen mot utvecklingens "
        "kärnuppgift och visar hur man går vidare från missförhållanden.",
        "facilitator",
        "facilit",
    ),
    "palveluketju": (
        "servicekedja",
        "servicekedja",
        "En helhet av tjänster som svarar på klientens behov, där tjänster från olika organisationer och nivåer, "
        "till exempel basnivån och den specialiserade sjukvården, samordnas till en smidig kedja.",
        "servicestig, vårdkedja",
        "servicekedj",
    ),
    "nuorisopsykiatria": (
        "ungdomspsykiatri",
        "ungdomspsykiatri",
        "Det medicinska specialområde som undersöker och behandlar ungas psykiska störningar, och dess tjänster. "
        "I Nyland hör den specialiserade sjukvården inom ungdomspsykiatrin till HUS.",
        "",
        "ungdomspsykiatri",
    ),
    "sosiaalinen-innovaatio": (
        "social-innovation",
        "social innovation",
        "En ny lösning som svarar på ett socialt behov. I IntO-projektet uppstår en social innovation när de "
        "gemensamma klienterna och de yrkesverksamma inom barnskyddet och psykiatrin samutvecklar en ny "
        "verksamhetsmodell; dess vägledande princip är barnets delaktighet.",
        "",
        "social innovation, sociala innovation",
    ),
    "valiinputoaja-asiakas": (
        "klient-som-hamnar-mellan-stolarna",
        "klient som hamnar mellan stolarna",
        "En klient vars behov ingen tjänst ensam svarar på och som därför hamnar mellan tjänsterna. I "
        "källmaterialet är till exempel barnskyddets och barn- och ungdomspsykiatrins gemensamma klienter i "
        "åldern 10–18 år sådana klienter.",
        "",
        "mellan stolarna",
    ),
    "palveluahky": (
        "tjansteoverbelastning",
        "tjänsteöverbelastning",
        "En situation där en familj samtidigt har så många tjänster eller arbetstagare att det belastar familjen "
        "att samordna dem. Hjälpen samordnas så att det inte uppstår överlappningar eller tjänsteöverbelastning.",
        "",
        "tjänsteöverbelastning",
    ),
    "dialoginen-arviointi": (
        "dialogisk-utvardering",
        "dialogisk utvärdering",
        "Ett sätt att utvärdera där utvärderingen inte görs helt utanför projektet, utan projektets genomförare, "
        "samarbetspartner och erfarenhetsexperter för tillsammans en dialog om hur utvecklingsarbetet "
        "framskrider och vilka resultat det ger. Utvärderingen går hand i hand med utvecklingsarbetet från början.",
        "",
        "dialogisk utvärder, dialogiska utvärder",
    ),
    "matalan-kynnyksen-palvelu": (
        "lagtroskeltjanst",
        "lågtröskeltjänst",
        "En tjänst som det är lätt att söka sig till och komma till, till exempel utan remiss eller tidsbokning.",
        "tjänst med låg tröskel",
        "lågtröskel, låg tröskel",
    ),
    "innokyla": (
        "innokyla",
        "Innokylä",
        "En öppen webbtjänst och utvecklingsmiljö där verksamhetsmodeller och utvecklingshelheter inom social- och "
        "hälsovården beskrivs med en enhetlig struktur och delas så att andra kan använda dem.",
        "",
        "innokyl",
    ),
}
