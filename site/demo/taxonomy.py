"""Regions and target groups of the demo content, named as the seed documents name them."""

from models_library.models import Region

CITY = Region.Kind.CITY
COUNTY = Region.Kind.WELLBEING_COUNTY
NATIONAL = Region.Kind.NATIONAL

# (slug, name, kind). Slugs are the natural keys: a re-run finds the row by them.
REGIONS = [
    ("helsinki", "Helsingin kaupunki", CITY),
    ("lansi-uusimaa", "Länsi-Uudenmaan hyvinvointialue", COUNTY),
    ("keski-uusimaa", "Keski-Uudenmaan hyvinvointialue", COUNTY),
    ("ita-uusimaa", "Itä-Uudenmaan hyvinvointialue", COUNTY),
    ("vantaa-kerava", "Vantaan ja Keravan hyvinvointialue", COUNTY),
    ("keski-suomi", "Keski-Suomen hyvinvointialue", COUNTY),
    ("etela-savo", "Etelä-Savon hyvinvointialue (Eloisa)", COUNTY),
    ("kainuu", "Kainuun hyvinvointialue", COUNTY),
    ("pohjois-savo", "Pohjois-Savon hyvinvointialue", COUNTY),
    # SOILA is a nationwide coordination project.
    ("koko-suomi", "Koko Suomi", NATIONAL),
]

UUSIMAA = ["helsinki", "lansi-uusimaa", "keski-uusimaa", "ita-uusimaa", "vantaa-kerava"]
JARVI_SUOMI = ["keski-suomi", "etela-savo", "kainuu", "pohjois-savo"]

# (slug, name)
TARGET_GROUPS = [
    (
        "lastensuojelun-ja-nuorisopsykiatrian-yhteisasiakkaat",
        "Lastensuojelun ja nuorisopsykiatrian 13–17-vuotiaat yhteisasiakkaat ja heidän perheensä",
    ),
    ("lastensuojelun-ammattilaiset", "Lastensuojelun avo- ja sijaishuollon ammattilaiset"),
    ("hus-nuorisopsykiatrian-ammattilaiset", "HUS nuorisopsykiatrian ammattilaiset"),
    ("lapsiperheet-lastensuojelun-asiakkuudessa", "Lapsiperheet lastensuojelun asiakkuudessa"),
    ("sijoitetut-lapset-ja-nuoret", "Sijoitetut lapset ja nuoret sekä heidän huoltajansa"),
    ("sote-ammattilaiset", "Sosiaali- ja terveydenhuollon ammattilaiset"),
    ("helsinkilaiset-lapset-nuoret-ja-perheet", "Helsinkiläiset lapset, nuoret ja heidän perheensä"),
    ("lapsia-ja-nuoria-kohtaavat-ammattilaiset", "Lapsia ja nuoria ja heidän perheitään kohtaavat ammattilaiset"),
]
