"""
The providers of the demo services: public bodies, parishes, associations and companies
in and around the fictional Kuusilahti. Business IDs are fictional but carry a valid
check digit (Kela's is its real one); public bodies have a fictional PTV id, as they
would once they describe their services in Palvelutietovaranto.
"""

ORGANISATIONS = {
    "kuusilahti": {
        "name": ("Kuusilahden kaupunki", "Granviks stad", "City of Kuusilahti"),
        "type": "municipality",
        "business_id": "0190001-9",
        "ptv_id": "d746e25c-12cf-5fd1-b701-58a93f171bcd",
        "website": "https://kuusilahti.example.fi/",
    },
    "jarvela": {
        "name": ("Järvelän kunta", "Järvelä kommun", "Municipality of Järvelä"),
        "type": "municipality",
        "business_id": "0206503-5",
        "ptv_id": "1a5df88e-1077-5143-a300-55ce02ec7bac",
        "website": "https://jarvela.example.fi/",
    },
    "hyvinvointialue": {
        "name": (
            "Kuusijärven hyvinvointialue",
            "Kuusijärvi välfärdsområde",
            "Kuusijärvi Wellbeing Services County",
        ),
        "type": "wellbeing_county",
        "business_id": "3301574-3",
        "ptv_id": "f87458e0-394a-5c8c-a5f2-1d9a8e4bad8d",
        "website": "https://www.example.fi/kuusijarvi/",
    },
    "seurakunta": {
        "name": ("Kuusilahden seurakunta", "Granviks finska församling", "Kuusilahti Parish"),
        "type": "parish",
        "business_id": "0215223-5",
        "ptv_id": "ad02e553-878a-5cbe-9c69-c05700aaa37e",
        "website": "https://www.example.fi/kuusilahdenseurakunta/",
    },
    "svenska-forsamlingen": {
        "name": (
            "Kuusilahden ruotsalainen seurakunta",
            "Granviks svenska församling",
            "Granvik Swedish Parish",
        ),
        "type": "parish",
        "business_id": "0210007-2",
        "ptv_id": "d01c6fc9-50c5-5125-acce-2fb6f8cd85ca",
        "website": "https://www.example.fi/granviksforsamling/",
    },
    "mll": {
        "name": (
            "MLL:n Kuusilahden yhdistys",
            "MLL:s förening i Granvik",
            "Mannerheim League for Child Welfare, Kuusilahti branch",
        ),
        "type": "ngo",
        "business_id": "0918122-3",
        "ptv_id": None,
        "website": "https://www.example.fi/mll-kuusilahti/",
    },
    "ensi-ja-turvakoti": {
        "name": (
            "Kuusijärven ensi- ja turvakoti ry",
            "Kuusijärvi mödra- och skyddshem rf",
            "Kuusijärvi Mother and Child Home and Shelter",
        ),
        "type": "ngo",
        "business_id": "1918111-2",
        "ptv_id": None,
        "website": "https://www.example.fi/kuusijarven-ensikoti/",
    },
    "monikkoperheet": {
        "name": (
            "Kuusilahden monikkoperheet ry",
            "Flerlingsfamiljerna i Granvik rf",
            "Kuusilahti Multiple Birth Families",
        ),
        "type": "ngo",
        "business_id": "2481001-6",
        "ptv_id": None,
        "website": "https://www.example.fi/kuusilahden-monikkoperheet/",
    },
    "yhden-vanhemman": {
        "name": (
            "Kuusilahden yhden vanhemman perheet ry",
            "Enföräldersfamiljerna i Granvik rf",
            "Kuusilahti Single Parent Families",
        ),
        "type": "ngo",
        "business_id": "2761030-0",
        "ptv_id": None,
        "website": "https://www.example.fi/yhden-vanhemman-perheet/",
    },
    "nepsy-perheet": {
        "name": (
            "Nepsy-perheet Kuusilahti ry",
            "Nepsy-familjerna i Granvik rf",
            "Nepsy Families Kuusilahti",
        ),
        "type": "ngo",
        "business_id": "3112845-3",
        "ptv_id": None,
        "website": "https://www.example.fi/nepsy-perheet/",
    },
    "kela": {
        "name": ("Kela", "FPA", "Kela – The Social Insurance Institution of Finland"),
        "type": "national",
        "business_id": "0246246-0",
        "ptv_id": "7ee87adf-0114-56a2-8724-13c9b55f6192",
        "website": "https://www.example.fi/kela/",
    },
    "mielenterveystalo": {
        "name": ("Mielenterveystalo", "Mentalhub", "Mental Hub"),
        "type": "national",
        "business_id": "2951180-8",
        "ptv_id": "190ea12a-a5ea-5fba-b3eb-8f746ab3cb54",
        "website": "https://www.example.fi/mielenterveystalo/",
    },
    "tukinet": {
        "name": ("Tukinet", "Tukinet", "Tukinet"),
        "type": "ngo",
        "business_id": "2750123-5",
        "ptv_id": None,
        "website": "https://www.example.fi/tukinet/",
    },
    "perhepalvelu-tassu": {
        "name": ("Perhepalvelu Tassu Oy", "Familjeservice Tassu Ab", "Perhepalvelu Tassu Ltd"),
        "type": "company",
        "business_id": "2205448-0",
        "ptv_id": None,
        "website": "https://www.example.fi/perhepalvelu-tassu/",
    },
    "uimakoulu-kuusi": {
        "name": ("Uimakoulu Kuusi Oy", "Simskolan Kuusi Ab", "Uimakoulu Kuusi Ltd"),
        "type": "company",
        "business_id": "3157001-4",
        "ptv_id": None,
        "website": "https://www.example.fi/uimakoulu-kuusi/",
    },
    "a-klinikka": {
        "name": ("Kuusilahden A-kilta ry", "A-gillet i Granvik rf", "Kuusilahti A-Guild"),
        "type": "ngo",
        "business_id": "2512014-8",
        "ptv_id": None,
        "website": "https://www.example.fi/a-kilta-kuusilahti/",
    },
}
