# ruff: noqa: E501
"""Round 51: an audit of bodies named in policy fields the development texts lack.

Made-up national bodies and external organisations in short Dutch sentences, across forty
policy fields and places, named in Dutch, French, German and English: the member states' and
their regions' and communities' bodies (NationalBody), foreign states' and the neighbouring
Länder's bodies, EU agencies, international organisations, associations, companies,
universities and hospitals (ExternalOrganisation), by the conventions of
``tests/heldout/README.md``. Each name is read blind to the reference data's bodies, as
``tests/heldout/leave_out.py`` scores them, and must be found with its whole span and its
class. Names not yet read so are listed in ``_MISSED`` and expected to fail (strictly: a fix
shows). The negatives are generic phrases, policies, programmes, plans, places, laws and
events that must give no body at all.

Then the constructions this round reads, each with made-up variants and a near miss.
"""

from __future__ import annotations

import pytest

from extract_helpers import audited, blind_bodies, blind_body_spans

_N = "NationalBody"
_E = "ExternalOrganisation"

_CASES = [
    # health and hospitals
    (
        "health",
        "Het Vlaams Instituut voor Ziekenhuishygiëne publiceerde nieuwe richtlijnen.",
        "Vlaams Instituut voor Ziekenhuishygiëne",
        _N,
    ),
    (
        "health",
        "De zorg werd afgestemd met het Universitair Ziekenhuis Antwerpen en de huisartsen.",
        "Universitair Ziekenhuis Antwerpen",
        _E,
    ),
    (
        "health",
        "In Luxemburg analyseert het Laboratoire national de santé de stalen.",
        "Laboratoire national de santé",
        _N,
    ),
    (
        "health",
        "De vergadering werd bijgewoond door de Federatie van Grensziekenhuizen.",
        "Federatie van Grensziekenhuizen",
        _E,
    ),
    (
        "health",
        "Ook het Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) is betrokken.",
        "Bundesinstitut für Arzneimittel und Medizinprodukte",
        _E,
    ),
    (
        "health",
        "Het Europees Centrum voor Zeldzame Ziekten stelt gegevens ter beschikking.",
        "Europees Centrum voor Zeldzame Ziekten",
        _E,
    ),
    (
        "health",
        "Volgens de Wereldgezondheidsorganisatie is het risico laag.",
        "Wereldgezondheidsorganisatie",
        _E,
    ),
    (
        "health",
        "In Luxemburg is de Direction de la santé bevoegd voor de vergunningen.",
        "Direction de la santé",
        _N,
    ),
    (
        "health",
        "De patiënten worden opgevangen in het Centre Hospitalier de Luxembourg.",
        "Centre Hospitalier de Luxembourg",
        _E,
    ),
    (
        "health",
        "Het Universitätsklinikum des Saarlandes behandelt ook Luxemburgse patiënten.",
        "Universitätsklinikum des Saarlandes",
        _E,
    ),
    # emergency medical services and air ambulances
    (
        "ems",
        "De helikopters van de ADAC Luftrettung landen ook in Limburg.",
        "ADAC Luftrettung",
        _E,
    ),
    (
        "ems",
        "De Stichting Mobiel Medisch Team exploiteert de traumahelikopter.",
        "Stichting Mobiel Medisch Team",
        _E,
    ),
    (
        "ems",
        "Het Nationaal Centrum voor Dringende Medische Hulp coördineert de inzet.",
        "Nationaal Centrum voor Dringende Medische Hulp",
        _N,
    ),
    (
        "ems",
        "De Meldkamer Ambulancezorg Limburg-Zuid werkt samen met de Duitse centrale.",
        "Meldkamer Ambulancezorg Limburg-Zuid",
        _N,
    ),
    (
        "ems",
        "De ambulances van de Brusselse Hoofdstedelijke Dienst voor Brandbestrijding en Dringende Medische Hulp rijden uit.",
        "Brusselse Hoofdstedelijke Dienst voor Brandbestrijding en Dringende Medische Hulp",
        _N,
    ),
    (
        "ems",
        "Het protocol werd ondertekend door de Luxembourg Air Rescue en de CGDIS.",
        "Luxembourg Air Rescue",
        _E,
    ),
    # groundwater and drinking water
    (
        "water",
        "Het Waterleidingbedrijf Noord-Limburg pompt grondwater op bij de grens.",
        "Waterleidingbedrijf Noord-Limburg",
        _E,
    ),
    (
        "water",
        "In Luxemburg is het Administration de la gestion de l'eau bevoegd.",
        "Administration de la gestion de l'eau",
        _N,
    ),
    (
        "water",
        "De Vereniging van Waterbedrijven in Nederland (Vewin) reageerde op het voorstel.",
        "Vereniging van Waterbedrijven in Nederland",
        _E,
    ),
    (
        "water",
        "De stuwmeren worden beheerd door de Wasserverband Eifel-Rur.",
        "Wasserverband Eifel-Rur",
        _E,
    ),
    (
        "water",
        "Het Landesamt für Umwelt- und Arbeitsschutz meet de nitraatwaarden.",
        "Landesamt für Umwelt- und Arbeitsschutz",
        _E,
    ),
    (
        "water",
        "De Vlaamse Milieumaatschappij en het Waterschap Limburg delen hun meetgegevens.",
        "Waterschap Limburg",
        _N,
    ),
    (
        "water",
        "Het Koninklijk Nederlands Instituut voor Drinkwateronderzoek stelde een rapport op.",
        "Koninklijk Nederlands Instituut voor Drinkwateronderzoek",
        _N,
    ),
    # mining and mine water
    (
        "mining",
        "De RAG Aktiengesellschaft pompt het mijnwater op in het Saarland.",
        "RAG Aktiengesellschaft",
        _E,
    ),
    (
        "mining",
        "Het Staatstoezicht op de Mijnen houdt toezicht op de boringen.",
        "Staatstoezicht op de Mijnen",
        _N,
    ),
    (
        "mining",
        "De vergunning wordt verleend door de Bezirksregierung Arnsberg.",
        "Bezirksregierung Arnsberg",
        _E,
    ),
    (
        "mining",
        "De Service géologique de Wallonie brengt de oude schachten in kaart.",
        "Service géologique de Wallonie",
        _N,
    ),
    (
        "mining",
        "De Geologische Dienst Nederland en de Belgische geologen wisselen gegevens uit.",
        "Geologische Dienst Nederland",
        _N,
    ),
    ("mining", "Het Oberbergamt Saarbrücken keurde het plan goed.", "Oberbergamt Saarbrücken", _E),
    # school education and exchanges
    (
        "school",
        "Het Agentschap voor Onderwijsdiensten (AgODi) erkent de diploma's.",
        "Agentschap voor Onderwijsdiensten",
        _N,
    ),
    (
        "school",
        "Het Pädagogisches Landesinstitut Rheinland-Pfalz begeleidt de uitwisseling.",
        "Pädagogisches Landesinstitut Rheinland-Pfalz",
        _E,
    ),
    (
        "school",
        "De Inspectie van het Onderwijs bezocht de grensscholen.",
        "Inspectie van het Onderwijs",
        _N,
    ),
    (
        "school",
        "Het Ministerium für Schule und Bildung van Noordrijn-Westfalen steunt het project.",
        "Ministerium für Schule und Bildung van Noordrijn-Westfalen",
        _E,
    ),
    (
        "school",
        "Het Service de coordination de la recherche et de l'innovation pédagogiques (SCRIPT) ontwikkelt lesmateriaal.",
        "Service de coordination de la recherche et de l'innovation pédagogiques",
        _N,
    ),
    (
        "school",
        "De uitwisseling wordt betaald door het Deutsch-Französisches Jugendwerk.",
        "Deutsch-Französisches Jugendwerk",
        _E,
    ),
    (
        "school",
        "Het Vlaams Ministerie van Onderwijs en Vorming en de Onderwijsinspectie werken samen.",
        "Vlaams Ministerie van Onderwijs en Vorming",
        _N,
    ),
    # vocational training
    (
        "vet",
        "De Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB) erkent leerbedrijven.",
        "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven",
        _N,
    ),
    ("vet", "De Handwerkskammer Aachen bood stageplaatsen aan.", "Handwerkskammer Aachen", _E),
    (
        "vet",
        "Het Bundesinstitut für Berufsbildung (BIBB) vergelijkt de kwalificaties.",
        "Bundesinstitut für Berufsbildung",
        _E,
    ),
    (
        "vet",
        "Het Institut wallon de formation en alternance (IFAPME) organiseert de cursussen.",
        "Institut wallon de formation en alternance",
        _N,
    ),
    (
        "vet",
        "Het Europees Centrum voor de ontwikkeling van de beroepsopleiding (Cedefop) publiceerde cijfers.",
        "Europees Centrum voor de ontwikkeling van de beroepsopleiding",
        _E,
    ),
    ("vet", "De erkenning gebeurt door het agentschap Syntra Vlaanderen.", "Syntra Vlaanderen", _N),
    # aviation
    (
        "aviation",
        "De Luchtverkeersleiding Nederland (LVNL) en skeyes stemmen de routes af.",
        "Luchtverkeersleiding Nederland",
        _N,
    ),
    (
        "aviation",
        "In Luxemburg geeft de Direction de l'aviation civile de vergunningen af.",
        "Direction de l'aviation civile",
        _N,
    ),
    ("aviation", "Het Luftfahrt-Bundesamt (LBA) erkent de brevetten.", "Luftfahrt-Bundesamt", _E),
    (
        "aviation",
        "Het luchtruim wordt gecontroleerd door het Maastricht Upper Area Control Centre.",
        "Maastricht Upper Area Control Centre",
        _E,
    ),
    (
        "aviation",
        "Het Europees Agentschap voor de veiligheid van de luchtvaart (EASA) keurde het toestel.",
        "Europees Agentschap voor de veiligheid van de luchtvaart",
        _E,
    ),
    (
        "aviation",
        "De Internationale Burgerluchtvaartorganisatie (ICAO) stelt de normen vast.",
        "Internationale Burgerluchtvaartorganisatie",
        _E,
    ),
    (
        "aviation",
        "Het Directoraat-generaal Luchtvaart van de FOD Mobiliteit nam deel.",
        "Directoraat-generaal Luchtvaart",
        _N,
    ),
    (
        "aviation",
        "De Onderzoeksraad voor Veiligheid onderzocht het incident.",
        "Onderzoeksraad voor Veiligheid",
        _N,
    ),
    # shipping and ports
    ("ports", "Het Havenbedrijf Moerdijk investeert in walstroom.", "Havenbedrijf Moerdijk", _E),
    (
        "ports",
        "Het Agentschap Maritieme Dienstverlening en Kust begeleidt de loodsen.",
        "Agentschap Maritieme Dienstverlening en Kust",
        _N,
    ),
    (
        "ports",
        "Het Wasserstraßen- und Schifffahrtsamt Rhein onderhoudt de vaargeul.",
        "Wasserstraßen- und Schifffahrtsamt Rhein",
        _E,
    ),
    (
        "ports",
        "De Internationale Maritieme Organisatie (IMO) stelt de regels vast.",
        "Internationale Maritieme Organisatie",
        _E,
    ),
    (
        "ports",
        "De reddingen worden gecoördineerd door het Maritiem Reddings- en Coördinatiecentrum in Oostende.",
        "Maritiem Reddings- en Coördinatiecentrum",
        _N,
    ),
    (
        "ports",
        "De Nederlandse Loodsencorporatie en de Vlaamse loodsen maakten afspraken.",
        "Nederlandse Loodsencorporatie",
        _E,
    ),
    (
        "ports",
        "Volgens de Centrale Commissie voor de Rijnvaart moet de regel worden aangepast.",
        "Centrale Commissie voor de Rijnvaart",
        _E,
    ),
    # rail
    ("rail", "Het Eisenbahn-Bundesamt keurde de treinen goed.", "Eisenbahn-Bundesamt", _E),
    (
        "rail",
        "De Dienst Veiligheid en Interoperabiliteit van de Spoorwegen (DVIS) gaf een vergunning.",
        "Dienst Veiligheid en Interoperabiliteit van de Spoorwegen",
        _N,
    ),
    (
        "rail",
        "Het Spoorwegbureau van de Europese Unie certificeert het materieel.",
        "Spoorwegbureau van de Europese Unie",
        _E,
    ),
    (
        "rail",
        "De Société Nationale des Chemins de Fer Luxembourgeois (CFL) rijdt tot Luik.",
        "Société Nationale des Chemins de Fer Luxembourgeois",
        _E,
    ),
    (
        "rail",
        "Het Administration des chemins de fer (ACF) controleert de veiligheid.",
        "Administration des chemins de fer",
        _N,
    ),
    (
        "rail",
        "De Zweckverband Nahverkehr Rheinland bestelt de treinen naar Aken.",
        "Zweckverband Nahverkehr Rheinland",
        _E,
    ),
    (
        "rail",
        "De treinen van de Nederlandse Spoorwegen rijden tot Brussel.",
        "Nederlandse Spoorwegen",
        _E,
    ),
    # road safety
    (
        "road",
        "De Stichting Wetenschappelijk Onderzoek Verkeersveiligheid (SWOV) publiceerde cijfers.",
        "Stichting Wetenschappelijk Onderzoek Verkeersveiligheid",
        _E,
    ),
    ("road", "Het Kraftfahrt-Bundesamt registreert de voertuigen.", "Kraftfahrt-Bundesamt", _E),
    (
        "road",
        "De Deutscher Verkehrssicherheitsrat (DVR) steunt de campagne.",
        "Deutscher Verkehrssicherheitsrat",
        _E,
    ),
    (
        "road",
        "Het Vlaams Huis voor de Verkeersveiligheid voert de campagne.",
        "Vlaams Huis voor de Verkeersveiligheid",
        _N,
    ),
    (
        "road",
        "Het Centraal Bureau Rijvaardigheidsbewijzen (CBR) neemt de examens af.",
        "Centraal Bureau Rijvaardigheidsbewijzen",
        _N,
    ),
    (
        "road",
        "Het Agence wallonne pour la sécurité routière (AWSR) steunt de actie.",
        "Agence wallonne pour la sécurité routière",
        _N,
    ),
    # customs
    (
        "customs",
        "De Algemene Administratie van Douane en Accijnzen controleerde de vrachtwagens.",
        "Algemene Administratie van Douane en Accijnzen",
        _N,
    ),
    ("customs", "De Generalzolldirektion deelt haar risicoanalyses.", "Generalzolldirektion", _E),
    (
        "customs",
        "Het Hauptzollamt Aachen voerde gezamenlijke controles uit.",
        "Hauptzollamt Aachen",
        _E,
    ),
    (
        "customs",
        "De Administration des douanes et accises nam deel aan de controle.",
        "Administration des douanes et accises",
        _N,
    ),
    (
        "customs",
        "De Werelddouaneorganisatie stelt de nomenclatuur vast.",
        "Werelddouaneorganisatie",
        _E,
    ),
    # taxation
    (
        "tax",
        "De Administration des contributions directes (ACD) int de belasting.",
        "Administration des contributions directes",
        _N,
    ),
    (
        "tax",
        "Het Bundeszentralamt für Steuern (BZSt) wisselt gegevens uit.",
        "Bundeszentralamt für Steuern",
        _E,
    ),
    (
        "tax",
        "Het Finanzamt Aachen-Stadt behandelt de aangiften van grensarbeiders.",
        "Finanzamt Aachen-Stadt",
        _E,
    ),
    (
        "tax",
        "De Intra-Europese Organisatie van Belastingdiensten (IOTA) organiseerde een seminarie.",
        "Intra-Europese Organisatie van Belastingdiensten",
        _E,
    ),
    (
        "tax",
        "De Organisatie voor Economische Samenwerking en Ontwikkeling publiceerde het rapport.",
        "Organisatie voor Economische Samenwerking en Ontwikkeling",
        _E,
    ),
    ("tax", "De Vlaamse Belastingdienst int de verkeersbelasting.", "Vlaamse Belastingdienst", _N),
    # police and justice
    (
        "police",
        "Het Landeskriminalamt Nordrhein-Westfalen leverde de gegevens.",
        "Landeskriminalamt Nordrhein-Westfalen",
        _E,
    ),
    (
        "police",
        "Het Nederlands Forensisch Instituut (NFI) onderzocht de sporen.",
        "Nederlands Forensisch Instituut",
        _N,
    ),
    (
        "police",
        "Het Nationaal Instituut voor Criminalistiek en Criminologie (NICC) deed het onderzoek.",
        "Nationaal Instituut voor Criminalistiek en Criminologie",
        _N,
    ),
    (
        "police",
        "Het Agentschap van de Europese Unie voor justitiële samenwerking in strafzaken (Eurojust) steunt het team.",
        "Agentschap van de Europese Unie voor justitiële samenwerking in strafzaken",
        _E,
    ),
    (
        "police",
        "Het Bundeskriminalamt en de Federale Gerechtelijke Politie werken samen.",
        "Bundeskriminalamt",
        _E,
    ),
    (
        "police",
        "Het College van procureurs-generaal vaardigde een omzendbrief uit.",
        "College van procureurs-generaal",
        _N,
    ),
    # prisons
    (
        "prisons",
        "De Dienst Justitiële Inrichtingen (DJI) huurt cellen in België.",
        "Dienst Justitiële Inrichtingen",
        _N,
    ),
    (
        "prisons",
        "Het Directoraat-generaal Penitentiaire Inrichtingen beheert de gevangenissen.",
        "Directoraat-generaal Penitentiaire Inrichtingen",
        _N,
    ),
    (
        "prisons",
        "In Luxemburg is de Administration pénitentiaire bevoegd.",
        "Administration pénitentiaire",
        _N,
    ),
    (
        "prisons",
        "De gedetineerde werd overgebracht naar de Justizvollzugsanstalt Aachen.",
        "Justizvollzugsanstalt Aachen",
        _E,
    ),
    # fire services and civil protection
    (
        "fire",
        "De Veiligheidsregio Zuid-Limburg en de Hulpverleningszone Oost-Limburg oefenden samen.",
        "Veiligheidsregio Zuid-Limburg",
        _N,
    ),
    (
        "fire",
        "De Veiligheidsregio Zuid-Limburg en de Hulpverleningszone Oost-Limburg oefenden samen.",
        "Hulpverleningszone Oost-Limburg",
        _N,
    ),
    (
        "fire",
        "Het Corps grand-ducal d'incendie et de secours (CGDIS) stuurde twee ploegen.",
        "Corps grand-ducal d'incendie et de secours",
        _N,
    ),
    (
        "fire",
        "Het Bundesamt für Bevölkerungsschutz und Katastrophenhilfe (BBK) leidde de oefening.",
        "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe",
        _E,
    ),
    (
        "fire",
        "Het Instituut Fysieke Veiligheid (IFV) leidt brandweerlieden op.",
        "Instituut Fysieke Veiligheid",
        _N,
    ),
    (
        "fire",
        "De Berufsfeuerwehr Aachen hielp bij de brand in Kelmis.",
        "Berufsfeuerwehr Aachen",
        _E,
    ),
    ("fire", "Ook het Technisches Hilfswerk stuurde pompen.", "Technisches Hilfswerk", _E),
    (
        "fire",
        "De Algemene Directie Civiele Veiligheid stelde materieel ter beschikking.",
        "Algemene Directie Civiele Veiligheid",
        _N,
    ),
    # veterinary and food safety
    (
        "food",
        "Het Federaal Agentschap voor de Veiligheid van de Voedselketen (FAVV) nam stalen.",
        "Federaal Agentschap voor de Veiligheid van de Voedselketen",
        _N,
    ),
    (
        "food",
        "Het Administration luxembourgeoise vétérinaire et alimentaire (ALVA) controleerde de slachthuizen.",
        "Administration luxembourgeoise vétérinaire et alimentaire",
        _N,
    ),
    (
        "food",
        "Het Chemisches und Veterinäruntersuchungsamt Rhein-Ruhr-Wupper analyseerde de stalen.",
        "Chemisches und Veterinäruntersuchungsamt Rhein-Ruhr-Wupper",
        _E,
    ),
    (
        "food",
        "De Wereldorganisatie voor Diergezondheid (WOAH) erkende de status.",
        "Wereldorganisatie voor Diergezondheid",
        _E,
    ),
    (
        "food",
        "Het Centrum voor Onderzoek in Diergeneeskunde en Agrochemie (CODA) bevestigde de diagnose.",
        "Centrum voor Onderzoek in Diergeneeskunde en Agrochemie",
        _N,
    ),
    (
        "food",
        "Het Europees Referentielaboratorium voor Aviaire Influenza bevestigde de diagnose.",
        "Europees Referentielaboratorium voor Aviaire Influenza",
        _E,
    ),
    # nuclear safety
    (
        "nuclear",
        "Het Federaal Agentschap voor Nucleaire Controle (FANC) meet de straling.",
        "Federaal Agentschap voor Nucleaire Controle",
        _N,
    ),
    (
        "nuclear",
        "De Autoriteit Nucleaire Veiligheid en Stralingsbescherming (ANVS) werd ingelicht.",
        "Autoriteit Nucleaire Veiligheid en Stralingsbescherming",
        _N,
    ),
    (
        "nuclear",
        "Het Internationaal Atoomenergieagentschap (IAEA) inspecteerde de centrale.",
        "Internationaal Atoomenergieagentschap",
        _E,
    ),
    (
        "nuclear",
        "Het Bundesamt für die Sicherheit der nuklearen Entsorgung (BASE) werd geraadpleegd.",
        "Bundesamt für die Sicherheit der nuklearen Entsorgung",
        _E,
    ),
    (
        "nuclear",
        "In Luxemburg meet de Division de la radioprotection de straling.",
        "Division de la radioprotection",
        _N,
    ),
    # energy networks
    (
        "energy",
        "De Vlaamse Regulator van de Elektriciteits- en Gasmarkt (VREG) keurde de tarieven goed.",
        "Vlaamse Regulator van de Elektriciteits- en Gasmarkt",
        _N,
    ),
    (
        "energy",
        "Het Institut Luxembourgeois de Régulation (ILR) keurde de tarieven goed.",
        "Institut Luxembourgeois de Régulation",
        _N,
    ),
    ("energy", "De Bundesnetzagentur keurde de verbinding goed.", "Bundesnetzagentur", _E),
    (
        "energy",
        "Het Agentschap van de Europese Unie voor de samenwerking tussen energieregulators (ACER) gaf advies.",
        "Agentschap van de Europese Unie voor de samenwerking tussen energieregulators",
        _E,
    ),
    (
        "energy",
        "Het Europees Netwerk van Transmissiesysteembeheerders voor Elektriciteit (ENTSO-E) publiceerde het plan.",
        "Europees Netwerk van Transmissiesysteembeheerders voor Elektriciteit",
        _E,
    ),
    ("energy", "De verbinding wordt gebouwd door Amprion GmbH en Elia.", "Amprion GmbH", _E),
    (
        "energy",
        "De Commissie voor de Regulering van de Elektriciteit en het Gas (CREG) gaf advies.",
        "Commissie voor de Regulering van de Elektriciteit en het Gas",
        _N,
    ),
    # telecoms
    (
        "telecom",
        "Het Belgisch Instituut voor Postdiensten en Telecommunicatie (BIPT) wijst de frequenties toe.",
        "Belgisch Instituut voor Postdiensten en Telecommunicatie",
        _N,
    ),
    (
        "telecom",
        "De Rijksinspectie Digitale Infrastructuur (RDI) wijst de frequenties toe.",
        "Rijksinspectie Digitale Infrastructuur",
        _N,
    ),
    (
        "telecom",
        "Het Orgaan van Europese regelgevende instanties voor elektronische communicatie (BEREC) gaf advies.",
        "Orgaan van Europese regelgevende instanties voor elektronische communicatie",
        _E,
    ),
    (
        "telecom",
        "De Deutsche Telekom AG en Proximus sloten een akkoord.",
        "Deutsche Telekom AG",
        _E,
    ),
    (
        "telecom",
        "Het Service des médias et des communications (SMC) coördineert de uitrol.",
        "Service des médias et des communications",
        _N,
    ),
    # statistics
    (
        "stats",
        "Het Centraal Bureau voor de Statistiek (CBS) publiceerde de cijfers.",
        "Centraal Bureau voor de Statistiek",
        _N,
    ),
    (
        "stats",
        "Het Statistisches Landesamt Rheinland-Pfalz leverde de cijfers.",
        "Statistisches Landesamt Rheinland-Pfalz",
        _E,
    ),
    (
        "stats",
        "Het Statistisch Bureau van de Europese Unie (Eurostat) harmoniseert de definities.",
        "Statistisch Bureau van de Europese Unie",
        _E,
    ),
    (
        "stats",
        "Het Institut wallon de l'évaluation, de la prospective et de la statistique (IWEPS) leverde cijfers.",
        "Institut wallon de l'évaluation, de la prospective et de la statistique",
        _N,
    ),
    (
        "stats",
        "Het Institut national de la statistique et des études économiques (STATEC) leverde cijfers.",
        "Institut national de la statistique et des études économiques",
        _N,
    ),
    # culture and heritage
    (
        "culture",
        "Het Agentschap Onroerend Erfgoed beschermde de grenspalen.",
        "Agentschap Onroerend Erfgoed",
        _N,
    ),
    (
        "culture",
        "De Rijksdienst voor het Cultureel Erfgoed restaureerde de molen.",
        "Rijksdienst voor het Cultureel Erfgoed",
        _N,
    ),
    (
        "culture",
        "Het Institut national pour le patrimoine architectural (INPA) inventariseerde de kerken.",
        "Institut national pour le patrimoine architectural",
        _N,
    ),
    (
        "culture",
        "Het Landschaftsverband Westfalen-Lippe beheert de musea.",
        "Landschaftsverband Westfalen-Lippe",
        _E,
    ),
    (
        "culture",
        "De Stiftung Preußischer Kulturbesitz leende de schilderijen uit.",
        "Stiftung Preußischer Kulturbesitz",
        _E,
    ),
    (
        "culture",
        "Het Agence wallonne du patrimoine (AWaP) restaureerde de abdij.",
        "Agence wallonne du patrimoine",
        _N,
    ),
    (
        "culture",
        "Het Musée national d'histoire naturelle organiseerde de tentoonstelling.",
        "Musée national d'histoire naturelle",
        _N,
    ),
    (
        "culture",
        "De Koninklijke Bibliotheek van België digitaliseerde de kranten.",
        "Koninklijke Bibliotheek van België",
        _N,
    ),
    # sport
    (
        "sport",
        "De Koninklijke Nederlandse Voetbalbond (KNVB) organiseert het toernooi.",
        "Koninklijke Nederlandse Voetbalbond",
        _E,
    ),
    (
        "sport",
        "Het Wereldantidopingagentschap keurde de code goed.",
        "Wereldantidopingagentschap",
        _E,
    ),
    (
        "sport",
        "De Fédération Luxembourgeoise de Football organiseert de wedstrijd.",
        "Fédération Luxembourgeoise de Football",
        _E,
    ),
    (
        "sport",
        "De Deutscher Olympischer Sportbund steunt de kandidatuur.",
        "Deutscher Olympischer Sportbund",
        _E,
    ),
    (
        "sport",
        "De Nationale Anti-Doping Organisatie voert de controles uit.",
        "Nationale Anti-Doping Organisatie",
        _N,
    ),
    (
        "sport",
        "De subsidie wordt toegekend door het agentschap Sport Vlaanderen.",
        "Sport Vlaanderen",
        _N,
    ),
    # tourism
    (
        "tourism",
        "Het Office national du tourisme promoot de grensroutes.",
        "Office national du tourisme",
        _N,
    ),
    (
        "tourism",
        "Het Commissariat général au Tourisme (CGT) erkent de campings.",
        "Commissariat général au Tourisme",
        _N,
    ),
    (
        "tourism",
        "De Deutsche Zentrale für Tourismus promoot de Eifel.",
        "Deutsche Zentrale für Tourismus",
        _E,
    ),
    ("tourism", "De Europese Reiscommissie publiceerde een studie.", "Europese Reiscommissie", _E),
    (
        "tourism",
        "De campagne wordt gevoerd door het agentschap Toerisme Vlaanderen.",
        "Toerisme Vlaanderen",
        _N,
    ),
    # social security and pensions
    (
        "social",
        "De Sociale Verzekeringsbank (SVB) betaalt de kinderbijslag.",
        "Sociale Verzekeringsbank",
        _N,
    ),
    (
        "social",
        "Het Centre commun de la sécurité sociale (CCSS) registreert de grensarbeiders.",
        "Centre commun de la sécurité sociale",
        _N,
    ),
    ("social", "De Federale Pensioendienst betaalt de pensioenen.", "Federale Pensioendienst", _N),
    (
        "social",
        "De Deutsche Rentenversicherung Rheinland berekent het pensioen.",
        "Deutsche Rentenversicherung Rheinland",
        _E,
    ),
    (
        "social",
        "De Caisse nationale d'assurance pension betaalt het pensioen.",
        "Caisse nationale d'assurance pension",
        _N,
    ),
    (
        "social",
        "Het Uitvoeringsinstituut Werknemersverzekeringen (UWV) betaalt de uitkering.",
        "Uitvoeringsinstituut Werknemersverzekeringen",
        _N,
    ),
    (
        "social",
        "De Rijksdienst voor Sociale Zekerheid int de bijdragen.",
        "Rijksdienst voor Sociale Zekerheid",
        _N,
    ),
    # labour inspection
    (
        "labour",
        "De Inspectie Toezicht op de Sociale Wetten controleerde de bouwplaats.",
        "Inspectie Toezicht op de Sociale Wetten",
        _N,
    ),
    (
        "labour",
        "Het Inspection du travail et des mines (ITM) controleerde de bouwplaats.",
        "Inspection du travail et des mines",
        _N,
    ),
    (
        "labour",
        "De Europese Arbeidsautoriteit (ELA) coördineert de inspecties.",
        "Europese Arbeidsautoriteit",
        _E,
    ),
    (
        "labour",
        "De Sociale Inlichtingen- en Opsporingsdienst coördineert de controles.",
        "Sociale Inlichtingen- en Opsporingsdienst",
        _N,
    ),
    (
        "labour",
        "De Bezirksregierung Düsseldorf controleerde de arbeidstijden.",
        "Bezirksregierung Düsseldorf",
        _E,
    ),
    # spatial planning
    (
        "planning",
        "Het Departement Omgeving stelde het ruimtelijk plan op.",
        "Departement Omgeving",
        _N,
    ),
    (
        "planning",
        "Het Département de l'aménagement du territoire gaf advies.",
        "Département de l'aménagement du territoire",
        _N,
    ),
    (
        "planning",
        "Het Planbureau voor de Leefomgeving rekende de scenario's door.",
        "Planbureau voor de Leefomgeving",
        _N,
    ),
    (
        "planning",
        "De Regionalverband Ruhr werkt aan een regionaal plan.",
        "Regionalverband Ruhr",
        _E,
    ),
    (
        "planning",
        "Het Brussels Planningsbureau maakte de prognoses.",
        "Brussels Planningsbureau",
        _N,
    ),
    # nature and forestry
    (
        "nature",
        "Het Agentschap voor Natuur en Bos beheert het grensbos.",
        "Agentschap voor Natuur en Bos",
        _N,
    ),
    (
        "nature",
        "Het Département de la Nature et des Forêts (DNF) beheert het grensbos.",
        "Département de la Nature et des Forêts",
        _N,
    ),
    (
        "nature",
        "De Landesbetrieb Wald und Holz Nordrhein-Westfalen beheert het bos.",
        "Landesbetrieb Wald und Holz Nordrhein-Westfalen",
        _E,
    ),
    (
        "nature",
        "Het Instituut voor Natuur- en Bosonderzoek (INBO) telde de wolven.",
        "Instituut voor Natuur- en Bosonderzoek",
        _N,
    ),
    (
        "nature",
        "De Internationale Unie voor Natuurbehoud houdt de rode lijst bij.",
        "Internationale Unie voor Natuurbehoud",
        _E,
    ),
    ("nature", "De Vereniging Natuurmonumenten kocht de heide.", "Vereniging Natuurmonumenten", _E),
    (
        "nature",
        "De Administration de la nature et des forêts beheert de grensbossen.",
        "Administration de la nature et des forêts",
        _N,
    ),
    # agriculture
    (
        "agri",
        "Het Instituut voor Landbouw-, Visserij- en Voedingsonderzoek (ILVO) test de rassen.",
        "Instituut voor Landbouw-, Visserij- en Voedingsonderzoek",
        _N,
    ),
    (
        "agri",
        "Het Service d'économie rurale (SER) betaalt de premies.",
        "Service d'économie rurale",
        _N,
    ),
    (
        "agri",
        "De Landwirtschaftskammer Nordrhein-Westfalen adviseert de boeren.",
        "Landwirtschaftskammer Nordrhein-Westfalen",
        _E,
    ),
    (
        "agri",
        "De Land- en Tuinbouworganisatie Nederland (LTO Nederland) reageerde kritisch.",
        "Land- en Tuinbouworganisatie Nederland",
        _E,
    ),
    (
        "agri",
        "Het Centre wallon de recherches agronomiques (CRA-W) test de rassen.",
        "Centre wallon de recherches agronomiques",
        _N,
    ),
    (
        "agri",
        "Het Agence wallonne pour la promotion d'une agriculture de qualité (APAQ-W) promoot de producten.",
        "Agence wallonne pour la promotion d'une agriculture de qualité",
        _N,
    ),
    # consumer protection
    (
        "consumer",
        "De Autoriteit Consument en Markt legde een boete op.",
        "Autoriteit Consument en Markt",
        _N,
    ),
    (
        "consumer",
        "De Verbraucherzentrale Nordrhein-Westfalen waarschuwt voor de oplichters.",
        "Verbraucherzentrale Nordrhein-Westfalen",
        _E,
    ),
    (
        "consumer",
        "De Union luxembourgeoise des consommateurs (ULC) diende een klacht in.",
        "Union luxembourgeoise des consommateurs",
        _E,
    ),
    (
        "consumer",
        "De Algemene Directie Economische Inspectie voerde controles uit.",
        "Algemene Directie Economische Inspectie",
        _N,
    ),
    (
        "consumer",
        "De klacht werd doorgestuurd naar de consumentenorganisatie Test-Aankoop.",
        "Test-Aankoop",
        _E,
    ),
    # data protection
    (
        "data",
        "De Gegevensbeschermingsautoriteit gaf een negatief advies.",
        "Gegevensbeschermingsautoriteit",
        _N,
    ),
    (
        "data",
        "De Commission nationale pour la protection des données (CNPD) gaf advies.",
        "Commission nationale pour la protection des données",
        _N,
    ),
    (
        "data",
        "De Europese Toezichthouder voor gegevensbescherming gaf advies.",
        "Europese Toezichthouder voor gegevensbescherming",
        _E,
    ),
    (
        "data",
        "De Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens gaf advies.",
        "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens",
        _N,
    ),
    # cybersecurity
    (
        "cyber",
        "Het Centrum voor Cybersecurity België waarschuwde de bedrijven.",
        "Centrum voor Cybersecurity België",
        _N,
    ),
    (
        "cyber",
        "Het Bundesamt für Sicherheit in der Informationstechnik deelde de analyse.",
        "Bundesamt für Sicherheit in der Informationstechnik",
        _E,
    ),
    (
        "cyber",
        "Het Agentschap van de Europese Unie voor cyberbeveiliging (ENISA) organiseerde de oefening.",
        "Agentschap van de Europese Unie voor cyberbeveiliging",
        _E,
    ),
    (
        "cyber",
        "Het Nationaal Cyber Security Centrum waarschuwde de bedrijven.",
        "Nationaal Cyber Security Centrum",
        _N,
    ),
    # international organisations, banks and associations
    (
        "intl",
        "De Organisatie voor Veiligheid en Samenwerking in Europa zond waarnemers.",
        "Organisatie voor Veiligheid en Samenwerking in Europa",
        _E,
    ),
    ("intl", "De Europese Investeringsbank financiert de brug.", "Europese Investeringsbank", _E),
    (
        "intl",
        "De lening komt van de Raad van Europa Ontwikkelingsbank.",
        "Raad van Europa Ontwikkelingsbank",
        _E,
    ),
    (
        "intl",
        "De Vereniging van Europese Grensregio's hield haar jaarvergadering in Aken.",
        "Vereniging van Europese Grensregio's",
        _E,
    ),
    (
        "intl",
        "Het Internationaal Monetair Fonds waarschuwde voor de schuld.",
        "Internationaal Monetair Fonds",
        _E,
    ),
    ("intl", "De Europese Centrale Bank verhoogde de rente.", "Europese Centrale Bank", _E),
    (
        "intl",
        "Het Europees Milieuagentschap publiceerde het rapport.",
        "Europees Milieuagentschap",
        _E,
    ),
    (
        "intl",
        "Het Europees Instituut voor Innovatie en Technologie financiert het project.",
        "Europees Instituut voor Innovatie en Technologie",
        _E,
    ),
    (
        "intl",
        "De Wereldbank en de Europese Investeringsbank financieren het project.",
        "Wereldbank",
        _E,
    ),
    # universities and research institutes
    (
        "univ",
        "De Rheinisch-Westfälische Technische Hochschule Aachen leidt het onderzoek.",
        "Rheinisch-Westfälische Technische Hochschule Aachen",
        _E,
    ),
    (
        "univ",
        "Het onderzoek wordt uitgevoerd door de Fachhochschule Aachen.",
        "Fachhochschule Aachen",
        _E,
    ),
    (
        "univ",
        "De Katholieke Universiteit Leuven en de Universiteit Luik werken samen.",
        "Katholieke Universiteit Leuven",
        _E,
    ),
    (
        "univ",
        "Het onderzoek loopt aan de Université du Luxembourg.",
        "Université du Luxembourg",
        _E,
    ),
    (
        "univ",
        "Het Luxembourg Institute of Science and Technology (LIST) meet de luchtkwaliteit.",
        "Luxembourg Institute of Science and Technology",
        _E,
    ),
    (
        "univ",
        "Het Fraunhofer-Institut für Lasertechnik ontwikkelde de sensor.",
        "Fraunhofer-Institut für Lasertechnik",
        _E,
    ),
    # the neighbouring Länder's and regions' ministries and agencies
    (
        "land",
        "Het Ministerium für Umwelt, Klima, Mobilität, Agrar und Verbraucherschutz des Saarlandes gaf advies.",
        "Ministerium für Umwelt, Klima, Mobilität, Agrar und Verbraucherschutz des Saarlandes",
        _E,
    ),
    (
        "land",
        "De Staatskanzlei des Saarlandes coördineert de samenwerking.",
        "Staatskanzlei des Saarlandes",
        _E,
    ),
    (
        "land",
        "Het Niedersächsisches Ministerium für Ernährung, Landwirtschaft und Verbraucherschutz gaf advies.",
        "Niedersächsisches Ministerium für Ernährung, Landwirtschaft und Verbraucherschutz",
        _E,
    ),
    (
        "land",
        "De Préfecture de la région Grand Est stuurde een vertegenwoordiger.",
        "Préfecture de la région Grand Est",
        _E,
    ),
    (
        "land",
        "Het Landesamt für Natur, Umwelt und Verbraucherschutz Nordrhein-Westfalen meet de luchtkwaliteit.",
        "Landesamt für Natur, Umwelt und Verbraucherschutz Nordrhein-Westfalen",
        _E,
    ),
    # the German-speaking Community
    (
        "dg",
        "Het Ministerium der Deutschsprachigen Gemeinschaft steunt de uitwisseling.",
        "Ministerium der Deutschsprachigen Gemeinschaft",
        _N,
    ),
    (
        "dg",
        "Het Parlament der Deutschsprachigen Gemeinschaft keurde het decreet goed.",
        "Parlament der Deutschsprachigen Gemeinschaft",
        _N,
    ),
    (
        "dg",
        "Het Arbeitsamt der Deutschsprachigen Gemeinschaft bemiddelt voor grensarbeiders.",
        "Arbeitsamt der Deutschsprachigen Gemeinschaft",
        _N,
    ),
    # the Brussels-Capital Region
    (
        "brussels",
        "Het Brussels Instituut voor Milieubeheer meet de luchtkwaliteit.",
        "Brussels Instituut voor Milieubeheer",
        _N,
    ),
    (
        "brussels",
        "Het Brussels Hoofdstedelijk Parlement keurde de ordonnantie goed.",
        "Brussels Hoofdstedelijk Parlement",
        _N,
    ),
    (
        "brussels",
        "De Maatschappij voor het Intercommunaal Vervoer te Brussel (MIVB) rijdt tot Zaventem.",
        "Maatschappij voor het Intercommunaal Vervoer te Brussel",
        _E,
    ),
    # Wallonia
    (
        "wallonia",
        "Het Service public de Wallonie Mobilité et Infrastructures beheert de wegen.",
        "Service public de Wallonie Mobilité et Infrastructures",
        _N,
    ),
    (
        "wallonia",
        "Het Office wallon des déchets gaf de vergunning.",
        "Office wallon des déchets",
        _N,
    ),
    # Luxembourg
    (
        "lux",
        "Het Ministère de la Santé et de la Sécurité sociale gaf advies.",
        "Ministère de la Santé et de la Sécurité sociale",
        _N,
    ),
    ("lux", "De Chambre des salariés gaf advies over het ontwerp.", "Chambre des salariés", _N),
    (
        "lux",
        "Het Centre de gestion informatique de l'éducation beheert de gegevens.",
        "Centre de gestion informatique de l'éducation",
        _N,
    ),
    # the Netherlands
    (
        "nl",
        "De Rijksdienst voor Ondernemend Nederland betaalt de subsidie.",
        "Rijksdienst voor Ondernemend Nederland",
        _N,
    ),
    (
        "nl",
        "Het Koninklijk Nederlands Meteorologisch Instituut gaf een waarschuwing.",
        "Koninklijk Nederlands Meteorologisch Instituut",
        _N,
    ),
    (
        "nl",
        "Het Rijksinstituut voor Volksgezondheid en Milieu meet de luchtkwaliteit.",
        "Rijksinstituut voor Volksgezondheid en Milieu",
        _N,
    ),
    (
        "nl",
        "De Inspectie Leefomgeving en Transport controleerde de schepen.",
        "Inspectie Leefomgeving en Transport",
        _N,
    ),
    # in lists and running text
    (
        "list",
        "Aan de oefening namen de Veiligheidsregio Limburg-Noord, het Technisches Hilfswerk en de Hulpverleningszone Noord-Limburg deel.",
        "Technisches Hilfswerk",
        _E,
    ),
    (
        "list",
        "Aan de oefening namen de Veiligheidsregio Limburg-Noord, het Technisches Hilfswerk en de Hulpverleningszone Noord-Limburg deel.",
        "Hulpverleningszone Noord-Limburg",
        _N,
    ),
    (
        "list",
        "Het plan werd opgesteld in samenwerking met het Instituut voor Natuur- en Bosonderzoek, het Agentschap voor Natuur en Bos en de Vereniging Natuurmonumenten.",
        "Agentschap voor Natuur en Bos",
        _N,
    ),
    (
        "list",
        "Namens het Bundesamt für Seeschifffahrt und Hydrographie sprak de directeur.",
        "Bundesamt für Seeschifffahrt und Hydrographie",
        _E,
    ),
    (
        "list",
        "Vertegenwoordigers van de Bundesanstalt für Gewässerkunde en van Rijkswaterstaat waren aanwezig.",
        "Bundesanstalt für Gewässerkunde",
        _E,
    ),
    (
        "list",
        "Volgens het Europees Waarnemingscentrum voor Drugs en Drugsverslaving stijgt het gebruik.",
        "Europees Waarnemingscentrum voor Drugs en Drugsverslaving",
        _E,
    ),
    (
        "list",
        "De Staatsanwaltschaft Aachen en het Openbaar Ministerie openden een onderzoek.",
        "Staatsanwaltschaft Aachen",
        _E,
    ),
    (
        "list",
        "De Staatsanwaltschaft Aachen en het Openbaar Ministerie openden een onderzoek.",
        "Openbaar Ministerie",
        _N,
    ),
]

# Names the extractor does not yet read with their span and class (strict: a fix shows).
_MISSED = frozenset(
    {
        ("agri", "Instituut voor Landbouw-, Visserij- en Voedingsonderzoek"),
        ("aviation", "Luchtverkeersleiding Nederland"),
        ("aviation", "Onderzoeksraad voor Veiligheid"),
        ("brussels", "Maatschappij voor het Intercommunaal Vervoer te Brussel"),
        ("cyber", "Nationaal Cyber Security Centrum"),
        ("data", "Commission nationale pour la protection des données"),
        ("data", "Europese Toezichthouder voor gegevensbescherming"),
        ("data", "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens"),
        ("ems", "ADAC Luftrettung"),
        ("ems", "Luxembourg Air Rescue"),
        ("ems", "Meldkamer Ambulancezorg Limburg-Zuid"),
        ("energy", "Commissie voor de Regulering van de Elektriciteit en het Gas"),
        ("fire", "Technisches Hilfswerk"),
        ("food", "Centrum voor Onderzoek in Diergeneeskunde en Agrochemie"),
        ("food", "Chemisches und Veterinäruntersuchungsamt Rhein-Ruhr-Wupper"),
        ("food", "Europees Referentielaboratorium voor Aviaire Influenza"),
        ("health", "Centre Hospitalier de Luxembourg"),
        ("health", "Universitair Ziekenhuis Antwerpen"),
        ("intl", "Europese Centrale Bank"),
        ("intl", "Europese Investeringsbank"),
        ("intl", "Internationaal Monetair Fonds"),
        ("intl", "Organisatie voor Veiligheid en Samenwerking in Europa"),
        ("intl", "Raad van Europa Ontwikkelingsbank"),
        ("intl", "Wereldbank"),
        ("labour", "Sociale Inlichtingen- en Opsporingsdienst"),
        ("land", "Préfecture de la région Grand Est"),
        ("list", "Europees Waarnemingscentrum voor Drugs en Drugsverslaving"),
        ("list", "Openbaar Ministerie"),
        ("mining", "RAG Aktiengesellschaft"),
        ("mining", "Staatstoezicht op de Mijnen"),
        ("nl", "Koninklijk Nederlands Meteorologisch Instituut"),
        ("nl", "Rijksinstituut voor Volksgezondheid en Milieu"),
        ("nuclear", "Bundesamt für die Sicherheit der nuklearen Entsorgung"),
        ("police", "Agentschap van de Europese Unie voor justitiële samenwerking in strafzaken"),
        ("police", "College van procureurs-generaal"),
        ("ports", "Centrale Commissie voor de Rijnvaart"),
        ("ports", "Maritiem Reddings- en Coördinatiecentrum"),
        ("ports", "Nederlandse Loodsencorporatie"),
        ("prisons", "Administration pénitentiaire"),
        ("prisons", "Directoraat-generaal Penitentiaire Inrichtingen"),
        ("rail", "Nederlandse Spoorwegen"),
        ("road", "Vlaams Huis voor de Verkeersveiligheid"),
        ("school", "Deutsch-Französisches Jugendwerk"),
        ("social", "Sociale Verzekeringsbank"),
        ("sport", "Deutscher Olympischer Sportbund"),
        ("sport", "Nationale Anti-Doping Organisatie"),
        ("stats", "Statistisch Bureau van de Europese Unie"),
        ("telecom", "Orgaan van Europese regelgevende instanties voor elektronische communicatie"),
        ("tourism", "Commissariat général au Tourisme"),
        ("vet", "Europees Centrum voor de ontwikkeling van de beroepsopleiding"),
        ("vet", "Institut wallon de formation en alternance"),
        ("vet", "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven"),
        ("wallonia", "Service public de Wallonie Mobilité et Infrastructures"),
        ("water", "Vereniging van Waterbedrijven in Nederland"),
        ("water", "Waterleidingbedrijf Noord-Limburg"),
    }
)

_NEGATIVES = [
    "De Vlaamse ziekenhuizen werken samen met hun Duitse buren.",
    "Het kind gaat naar een Luxemburgse school in Esch.",
    "Het Nederlandse grondwaterbeleid wordt herzien.",
    "De Duitse mijnbouw liet veel schachten achter.",
    "De Europese Gezondheidsunie wordt verder uitgebouwd.",
    "Het Nationaal Energie- en Klimaatplan werd ingediend.",
    "Het Vlaams Actieplan Grondwater loopt tot 2030.",
    "De Europese Week van de Mobiliteit begint in september.",
    "De Internationale Dag van de Vrijwilliger wordt gevierd.",
    "De Wet op de Inlichtingen- en Veiligheidsdiensten werd gewijzigd.",
    "De Nationale Strategie voor Cyberveiligheid werd voorgesteld.",
    "Het Federaal Plan Armoedebestrijding werd goedgekeurd.",
    "De Europese Green Deal vraagt veel van de landbouw.",
    "Het Europees Semester stuurt het begrotingsbeleid.",
    "De Luxemburgse overheid betaalt de kosten.",
    "De federale politiezones werken samen.",
    "De Nederlandse luchthavens zijn druk.",
    "Het Belgische spoornet wordt vernieuwd.",
    "De Europese markt voor elektriciteit groeit.",
    "Het Duitse Bundesland Saarland grenst aan Luxemburg.",
    "De Brusselse Ring is vaak verzadigd.",
    "Het Nationaal Park Hoge Kempen trekt veel bezoekers.",
    "Het Europees Jaar van de Vaardigheden werd afgesloten.",
    "De Europese Onderwijsruimte moet in 2025 klaar zijn.",
    "Het Europees Sociaal Fonds financiert de opleidingen.",
    "Het Waals Herstelplan financiert de renovatie.",
    "De Nationale Bosinventaris toont een groei van het bos.",
    "Het Koninklijk Paleis ligt in Brussel.",
    "Het Rijksregister bevat de adressen van de grensarbeiders.",
    "De Europese Gezondheidsdataruimte wordt ingericht.",
    "Het Interregprogramma Vlaanderen-Nederland financiert het project.",
    "De Vlaamse Codex Ruimtelijke Ordening werd aangepast.",
    "Het Nationaal Veiligheidsplan loopt tot 2025.",
    "De Luxemburgse grensarbeiders betalen belasting in Luxemburg.",
    "De Waalse mijnschachten worden opgevuld.",
    "Het Duitse Bundesministerium-model werd besproken in de werkgroep.",
    "De Europese Spoorwegruimte wordt verder geïntegreerd.",
    "Het Internationaal Jaar van het Grondwater werd afgesloten.",
]


@pytest.mark.parametrize(
    ("field", "text", "name", "cls"),
    audited(_CASES, lambda case: "still read wrong" if (case[0], case[2]) in _MISSED else None),
)
def test_a_body_is_read_whole_with_its_class(field: str, text: str, name: str, cls: str) -> None:
    begin = text.index(name)
    assert (begin, begin + len(name), cls) in blind_body_spans(text), (field, name)


@pytest.mark.parametrize("text", _NEGATIVES)
def test_no_body_in_a_generic_phrase(text: str) -> None:
    assert blind_bodies(text) == {}


def test_the_audit_holds_enough_names() -> None:
    assert len(_CASES) >= 150
    assert len({field for field, *_ in _CASES}) >= 20


# -- the constructions read this round -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # German administrations, associations, insurers and schools named by a compound
        ("De Generalzolldirektion deelt haar analyses.", {"Generalzolldirektion": _E}),
        ("Het advies van de Oberfinanzdirektion Köln volgt.", {"Oberfinanzdirektion Köln": _E}),
        ("De Verbraucherzentrale Saarland waarschuwt.", {"Verbraucherzentrale Saarland": _E}),
        (
            "De Deutsche Rentenversicherung Knappschaft-Bahn-See betaalt.",
            {"Deutsche Rentenversicherung Knappschaft-Bahn-See": _E},
        ),
        ("Ook de Berufsfeuerwehr Trier rukte uit.", {"Berufsfeuerwehr Trier": _E}),
        (
            "De Generalstaatsanwaltschaft Köln opende een onderzoek.",
            {"Generalstaatsanwaltschaft Köln": _E},
        ),
        ("De Wasserverband Eifel-Rur beheert de stuwmeren.", {"Wasserverband Eifel-Rur": _E}),
        (
            "Het plan van de Zweckverband Nahverkehr Rheinland werd besproken.",
            {"Zweckverband Nahverkehr Rheinland": _E},
        ),
        ("Het onderzoek loopt aan de Hochschule Trier.", {"Hochschule Trier": _E}),
        ("De Technische Hochschule Köln leidt het project.", {"Technische Hochschule Köln": _E}),
        (
            "De Rheinisch-Westfälische Technische Hochschule Aachen leidt het onderzoek.",
            {"Rheinisch-Westfälische Technische Hochschule Aachen": _E},
        ),
        (
            "De Deutsche Zentrale für Tourismus promoot de Eifel.",
            {"Deutsche Zentrale für Tourismus": _E},
        ),
        # a member state's community named in a German name makes the body its own
        (
            "Het Ministerium der Deutschsprachigen Gemeinschaft steunt het project.",
            {"Ministerium der Deutschsprachigen Gemeinschaft": _N},
        ),
        (
            "Het Parlament der Deutschsprachigen Gemeinschaft keurde het goed.",
            {"Parlament der Deutschsprachigen Gemeinschaft": _N},
        ),
        (
            "Het Arbeitsamt der Deutschsprachigen Gemeinschaft bemiddelt.",
            {"Arbeitsamt der Deutschsprachigen Gemeinschaft": _N},
        ),
    ],
)
def test_german_bodies_named_by_a_compound_or_a_head(text: str, names: dict[str, str]) -> None:
    found = blind_bodies(text)
    for name, cls in names.items():
        assert found.get(name) == cls, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        # a Dutch compound on "verband" is a framework, no body
        "De landen werken in Benelux-verband samen.",
        "Het Penta-samenwerkingsverband komt twee keer per jaar samen.",
        "Het Samenwerkingsverband besprak de begroting.",
        "Er bestaat een oorzakelijk verband tussen de twee.",
        # a school or a central in lower case, a Parliament alone
        "De Duitse hochschule-hervorming werd besproken.",
        "Het Parlament keurde de tekst goed.",
    ],
)
def test_no_german_body_without_a_name(text: str) -> None:
    assert blind_bodies(text) == {}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a compound opening on the world names a body above the states
        (
            "Volgens de Wereldgezondheidsorganisatie is het risico laag.",
            {"Wereldgezondheidsorganisatie": _E},
        ),
        ("De Werelddouaneorganisatie stelt de nomenclatuur vast.", {"Werelddouaneorganisatie": _E}),
        # a compound on an organisation with a name after it
        (
            "De Brancheorganisatie Techniek Nederland reageerde.",
            {"Brancheorganisatie Techniek Nederland": _E},
        ),
        (
            "Namens de Werkgeversorganisatie Zuid-Limburg sprak de voorzitter.",
            {"Werkgeversorganisatie Zuid-Limburg": _E},
        ),
        # an organisation named by its task after "voor"
        (
            "De Organisatie voor Economische Samenwerking en Ontwikkeling publiceerde het rapport.",
            {"Organisatie voor Economische Samenwerking en Ontwikkeling": _E},
        ),
        (
            "Ook de Organisatie voor Grensoverschrijdende Gezondheidszorg reageerde.",
            {"Organisatie voor Grensoverschrijdende Gezondheidszorg": _E},
        ),
        # a French name ends before the Dutch article and a Dutch noun
        (
            "In Luxemburg geeft de Direction de l'aviation civile de vergunningen af.",
            {"Direction de l'aviation civile": _N},
        ),
        (
            "In Luxemburg meet de Division de la radioprotection de straling.",
            {"Division de la radioprotection": _N},
        ),
        (
            "In Luxemburg bewaakt de Direction de la santé de volksgezondheid.",
            {"Direction de la santé": _N},
        ),
        # a German name listing its subjects, closed by the Land
        (
            "Het Landesamt für Natur, Umwelt und Verbraucherschutz Nordrhein-Westfalen meet de lucht.",
            {"Landesamt für Natur, Umwelt und Verbraucherschutz Nordrhein-Westfalen": _E},
        ),
        (
            "Het Ministerium für Umwelt, Klima und Verbraucherschutz des Saarlandes gaf advies.",
            {"Ministerium für Umwelt, Klima und Verbraucherschutz des Saarlandes": _E},
        ),
        (
            "Het Landesamt für Natur, Umwelt und Klimaschutz meet de lucht.",
            {"Landesamt für Natur, Umwelt und Klimaschutz": _E},
        ),
    ],
)
def test_world_compounds_organisations_and_name_ends(text: str, names: dict[str, str]) -> None:
    found = blind_bodies(text)
    for name, cls in names.items():
        assert found.get(name) == cls, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        # a compound on an organisation alone refers back; a world day is an event
        "De Koepelorganisatie besprak het plan.",
        "Het Wereldbankrapport werd besproken op de Wereldgezondheidsdag.",
        "De Benelux-organisatie van de top verliep vlot.",
        # "organisatie voor" in lower case, "Organisatie" alone
        "De organisatie voor het evenement lag bij de gemeente.",
        "De Organisatie besprak de begroting.",
    ],
)
def test_no_organisation_without_a_name(text: str) -> None:
    assert blind_bodies(text) == {}
