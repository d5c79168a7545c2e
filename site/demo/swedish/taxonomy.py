"""Swedish names of the demo's taxonomy, board columns and projects, keyed by their Finnish names.

Every key is the Finnish name exactly as the demo writes it, so a lookup never needs a slug:
`REGIONS` and `TARGET_GROUPS` the `name` of `demo.taxonomy.REGIONS` / `TARGET_GROUPS`, `TAGS` the tag
names of `demo.operational_models`, `COLUMNS` the board column names (`codev.models.DEFAULT_COLUMNS`,
which `demo.codev` uses), `PROJECTS` the `title` of `demo.projects.PROJECTS`. The stage names
need no table: they are gettext choices (`models_library.models.pages.Stage`) with Swedish in the catalogue.
The names are those the wellbeing services counties and the projects use in Swedish.
"""

# Region.name -> Swedish name.
REGIONS = {
    "Helsingin kaupunki": "Helsingfors stad",
    "Länsi-Uudenmaan hyvinvointialue": "Västra Nylands välfärdsområde",
    "Keski-Uudenmaan hyvinvointialue": "Mellersta Nylands välfärdsområde",
    "Itä-Uudenmaan hyvinvointialue": "Östra Nylands välfärdsområde",
    "Vantaan ja Keravan hyvinvointialue": "Vanda och Kervo välfärdsområde",
    "Keski-Suomen hyvinvointialue": "Mellersta Finlands välfärdsområde",
    "Etelä-Savon hyvinvointialue (Eloisa)": "Södra Savolax välfärdsområde (Eloisa)",
    "Kainuun hyvinvointialue": "Kajanalands välfärdsområde",
    "Pohjois-Savon hyvinvointialue": "Norra Savolax välfärdsområde",
    "Koko Suomi": "Hela Finland",
}

# TargetGroup.name -> Swedish name.
TARGET_GROUPS = {
    "Lastensuojelun ja nuorisopsykiatrian 13–17-vuotiaat yhteisasiakkaat ja heidän perheensä": (
        "Barnskyddets och ungdomspsykiatrins gemensamma klienter i åldern 13–17 år och deras familjer"
    ),
    "Lastensuojelun avo- ja sijaishuollon ammattilaiset": (
        "Yrkesverksamma inom barnskyddets öppenvård och vård utom hemmet"
    ),
    "HUS nuorisopsykiatrian ammattilaiset": "Yrkesverksamma inom HUS ungdomspsykiatri",
    "Lapsiperheet lastensuojelun asiakkuudessa": "Barnfamiljer som är klienter inom barnskyddet",
    "Sijoitetut lapset ja nuoret sekä heidän huoltajansa": "Placerade barn och unga samt deras vårdnadshavare",
    "Sosiaali- ja terveydenhuollon ammattilaiset": "Yrkesverksamma inom social- och hälsovården",
    "Helsinkiläiset lapset, nuoret ja heidän perheensä": "Barn, unga och familjer i Helsingfors",
    "Lapsia ja nuoria ja heidän perheitään kohtaavat ammattilaiset": (
        "Yrkesverksamma som möter barn, unga och deras familjer"
    ),
}

# Tag name -> Swedish tag name.
TAGS = {
    "verkostoyhteistyö": "nätverkssamarbete",
    "osallisuus": "delaktighet",
    "yhteisasiakkuus": "gemensamt klientskap",
    "yhteiskehittäminen": "samutveckling",
    "kokemusasiantuntijuus": "erfarenhetsexpertis",
    "nuorisopsykiatria": "ungdomspsykiatri",
    "verkostoneuvottelu": "nätverksmöte",
    "tarkistuslista": "checklista",
    "monitoimijaisuus": "mångaktörskap",
    "systeeminen työote": "systemiskt arbetssätt",
    "lastensuojelun avohuolto": "barnskyddets öppenvård",
    "vanhemmuuden tuki": "stöd för föräldraskapet",
    "monialainen yhteistyö": "sektorsövergripande samarbete",
    "lastensuojelu": "barnskydd",
    "mielenterveys": "psykisk hälsa",
    "palveluketju": "servicekedja",
    "matalan kynnyksen palvelut": "lågtröskeltjänster",
    "ennaltaehkäisy": "förebyggande arbete",
}

# Column.name of the feedback boards -> Swedish name.
COLUMNS = {
    "Toimii hyvin": "Fungerar bra",
    "Muutettavaa": "Bör ändras",
    "Kysymyksiä": "Frågor",
    "Ideoita": "Idéer",
}

# ProjectPage.title -> Swedish title.
PROJECTS = {
    "IntO – Integraatiota osallistaen": "IntO – Integration genom delaktighet",
    "Tulevaisuuden lastensuojelu -hanke": "Projektet Framtidens barnskydd",
    "SOILA – Sosiaaliset innovaatiot lastensuojelussa": "SOILA – Sociala innovationer inom barnskyddet",
    "Matkalla riittävään vanhemmuuteen": "På väg mot ett tillräckligt föräldraskap",
    "Lasten ja nuorten mielenterveyden palveluketju -kehittäminen": (
        "Utveckling av servicekedjan för barns och ungas psykiska hälsa"
    ),
}
