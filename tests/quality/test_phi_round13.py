"""PHI rule classes added in tuning round 13 (sets P and Q became tuning sets): machine-made text read by its
structure (HL7 v2 with the message's own delimiters, ASC X12 segments, DICOM header dumps, ASTM E1394
records), identifiers that recur in a text, snake-case keys and quoted values of key=value logs; and the
look-alikes that were false positives (German nouns, software versions). Each with texts that must fire
and look-alikes that must not. The names, places and values here are fresh (no planted set uses them)."""

from __future__ import annotations

import itertools

import pytest

from mediflow.quality import phi_astm, phi_dicom, phi_hl7, phi_x12
from mediflow.quality.phi import PhiScanner, PhiType
from tests.support.phi import found, found_by_rules

T = PhiType

HL7_CARETS = (
    "MSH^~|\\&^LABSYS^WESTBROOK LAB^^^202604011200^^ORU~R01^CTL-5501^P^2.3\n"
    "PID^1^^Q7730412~~~MR^^ABERCROMBIE~TAVITA^^19610405^F^^^88 Quillon Way~Unit 4~Marrowby~OR~97016\n"
    "OBR^1^PLC-440191^FIL-7782015^85025~CBC^^^202604011130\n"
    "OBX^1^FT^^^Tube labelled Q7730412 received intact.^^^^^^F"
)
X12_270 = (
    "ISA*00*          *00*          *ZZ*SENDERX        *ZZ*PAYERY         *260401*0930*^*00501*000000412*0*P*:~\n"
    "GS*HS*SENDERX*PAYERY*20260401*0930*412*X*005010X279A1~\n"
    "NM1*1P*2*OXBOW VALLEY CLINIC*****XX*1598862204~\n"
    "REF*EI*731184420~\n"
    "NM1*IL*1*VOSKUIJLEN*MAREIKE*T***MI*YQH4471920~\n"
    "REF*SY*503117288~\n"
    "N3*4410 Brantwell Ct*Apt 2~N4*Quenby*WI*53119~\n"
    "DMG*D8*19700918*F~\n"
    "CLM*PCN-88120457*410.00***11:B:1~\n"
    "REF*EA*MR-6620413~\n"
    "PER*IC*Odalys Fenwick*TE*4145550132*FX*4145550188~\n"
)
DICOM_TAGS = (
    '(0010,0010) PatientName        PN  "STRAVINSKA^ODILE^M"\n'
    '(0010,0020) PatientID          LO  "RX-5540018"\n'
    '(0010,1010) PatientAge         AS  "093Y"\n'
    '(0008,0050) AccessionNumber    SH  "AC40019273"\n'
    '(0018,1000) DeviceSerialNumber LO  "CTS-77102-B"\n'
    '(0018,1020) SoftwareVersions   LO  "VE11C"'
)
DICOM_DOTS = (
    "PatientName ............ Lindqvist^Oro\n"
    "PatientID .............. 44-109-338\n"
    "PatientAge ............. 061Y\n"
    "OperatorsName .......... PELLEGRINO^ZOSIA\n"
    "StationName ............ CT-EAST-2"
)
ASTM = (
    "H|\\^&|||Sysmex XN^00-21|||||||P|1394-97|20260401081500\n"
    "P|1|PR-778120|LB5531907||GRAVELINE^ISOLDE^R||19480229|F||72 Tessaly Rd^^Wrenbury^OH^43021||6145550170|OSEI^KWAME\n"
    "O|1|SPC-4471093||^^^CBC|R|20260401082000\n"
    "R|1|^^^WBC|6.1|10^3/uL|4.0-11.0|N||F||NORDHOFF^BRIT||20260401090000\n"
    "L|1|N"
)

CDA = (
    "<recordTarget><patientRole>\n"
    '  <id root="2.16.840.1.113883.19.5" extension="QX7731905"/>\n'
    '  <id root="2.16.840.1.113883.4.1" extension="503-11-7288"/>\n'
    "  <addr><streetAddressLine>4410 Brantwell Ct</streetAddressLine><city>Quenby</city><postalCode>53119-4410</postalCode></addr>\n"
    "  <patient><name><given>Marit</given><family>Hope</family></name></patient>\n"
    "</patientRole></recordTarget>\n"
    '<author><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1598862204"/>'
    '<telecom use="WP" value="fax:+1 (414) 555-0188"/></assignedAuthor></author>'
)
FHIR = (
    "identifier: [\n"
    '  system: "urn:oid:2.16.840.1.113883.5.25"  value: "QX7731905"\n'
    '  system: "http://hl7.org/fhir/sid/us-ssn"  value: "503 11 7288"\n'
    '  system: "urn:oid:2.16.840.1.113883.4.3.55"  value: "W55-10-7742"\n'
    "]\n"
    'name: [ family: "Oduya"  given: [ "Will" ] ]\n'
    'telecom: [ system: "phone"  value: "4145550132" ]\n'
    'address: [ line: [ "12 Orchard Row", "Flat 7" ]  city: "Hope"  postalCode: "53119" ]'
)
NCPDP = (
    "<Prescriber><Identification><NPI>1598862204</NPI><DEANumber>MW2520199</DEANumber></Identification>"
    "<Name><LastName>Winterbourne</LastName><FirstName>Odile</FirstName></Name>"
    "<CommunicationNumbers><Fax><Number>6085550177</Number></Fax></CommunicationNumbers></Prescriber>\n"
    "<Patient><Address><AddressLine1>14 Quarry Ave</AddressLine1><City>Paradise</City>"
    "<PostalCode>36897</PostalCode></Address></Patient>\n"
    "<BenefitsCoordination><CardholderID>W883035399</CardholderID><GroupID>53145-177</GroupID></BenefitsCoordination>"
)

FHIR_PATHS = (
    "resourceType = Coverage\n"
    "subscriberId = QWE 5510 7731\n"
    "beneficiary.display = Odile Marsh\n"
    "class[0].type = group   class[0].value = 642384\n"
    "--\n"
    "identifier[0].system = http://hl7.org/fhir/sid/us-npi   identifier[0].value = 1598862204\n"
    "name[0].text = Odile Marsh\n"
    "serialNumber = 831JA77105\n"
)

DETECTIONS = [
    # HL7 v2 with the delimiters its MSH declares (fields split by carets, components by tildes)
    (HL7_CARETS, T.MRN, "Q7730412"),
    (HL7_CARETS, T.NAME, "ABERCROMBIE~TAVITA"),
    (HL7_CARETS, T.LOCATION, "88 Quillon Way"),
    (HL7_CARETS, T.LOCATION, "Unit 4"),
    (HL7_CARETS, T.LOCATION, "Marrowby"),
    (HL7_CARETS, T.LOCATION, "97016"),
    # placer and filler order numbers (a lab's accession)
    (HL7_CARETS, T.OTHER_ID, "PLC-440191"),
    (HL7_CARETS, T.OTHER_ID, "FIL-7782015"),
    # X12: a person's NM1 names and member ID, REF by qualifier, address, dates, claim, contact
    (X12_270, T.NAME, "VOSKUIJLEN"),
    (X12_270, T.NAME, "MAREIKE"),
    (X12_270, T.HEALTH_PLAN_ID, "YQH4471920"),
    (X12_270, T.LICENSE, "1598862204"),
    (X12_270, T.SSN, "503117288"),
    (X12_270, T.LOCATION, "4410 Brantwell Ct"),
    (X12_270, T.LOCATION, "Apt 2"),
    (X12_270, T.LOCATION, "Quenby"),
    (X12_270, T.LOCATION, "53119"),
    (X12_270, T.DATE, "19700918"),
    (X12_270, T.DATE, "260401"),
    (X12_270, T.ACCOUNT, "PCN-88120457"),
    (X12_270, T.MRN, "MR-6620413"),
    (X12_270, T.NAME, "Odalys Fenwick"),
    (X12_270, T.PHONE, "4145550132"),
    (X12_270, T.FAX, "4145550188"),
    # DICOM: by tag and by keyword after a dotted leader
    (DICOM_TAGS, T.NAME, "STRAVINSKA^ODILE^M"),
    (DICOM_TAGS, T.MRN, "RX-5540018"),
    (DICOM_TAGS, T.AGE, "093"),
    (DICOM_TAGS, T.OTHER_ID, "AC40019273"),
    (DICOM_TAGS, T.DEVICE_ID, "CTS-77102-B"),
    (DICOM_DOTS, T.NAME, "Lindqvist^Oro"),
    (DICOM_DOTS, T.MRN, "44-109-338"),
    (DICOM_DOTS, T.NAME, "PELLEGRINO^ZOSIA"),
    # ASTM E1394: patient IDs, names, birth date, address, phone, physician; specimen; operator
    (ASTM, T.MRN, "PR-778120"),
    (ASTM, T.MRN, "LB5531907"),
    (ASTM, T.NAME, "GRAVELINE^ISOLDE^R"),
    (ASTM, T.DATE, "19480229"),
    (ASTM, T.LOCATION, "72 Tessaly Rd"),
    (ASTM, T.LOCATION, "Wrenbury"),
    (ASTM, T.LOCATION, "43021"),
    (ASTM, T.PHONE, "6145550170"),
    (ASTM, T.NAME, "OSEI^KWAME"),
    (ASTM, T.OTHER_ID, "SPC-4471093"),
    (ASTM, T.NAME, "NORDHOFF^BRIT"),
    # key=value logs: snake-case keys read as words, quoted values
    ("btg ts=2026-04-01T02:11:09Z pt_mrn=V00417723 action=VIEW", T.MRN, "V00417723"),
    ('band: name="Corentin Abelard" mrn="KX-4401937" acct="88-120044-7"', T.NAME, "Corentin Abelard"),
    ('band: name="Corentin Abelard" mrn="KX-4401937" acct="88-120044-7"', T.MRN, "KX-4401937"),
    ('band: name="Corentin Abelard" mrn="KX-4401937" acct="88-120044-7"', T.ACCOUNT, "88-120044-7"),
    ('"member_id": "WQZ50077120"', T.HEALTH_PLAN_ID, "WQZ50077120"),
    # cues: a fax written "fx", biometric templates by body part and with underscores, accounts and plans
    # in Spanish and French, a parking placard's, a juror's and a prescription's number
    ("cell 608-555-0142, fx 608.555.0177", T.FAX, "608.555.0177"),
    ("Door reader: palm PV-770412 accepted", T.BIOMETRIC, "PV-770412"),
    ("Iris scan ID ir_552_qwmt (unit door)", T.BIOMETRIC, "ir_552_qwmt"),
    ("Voice check-in ID: VOX/2026/11842 ok", T.BIOMETRIC, "VOX/2026/11842"),
    ("gait_scan_id=GAIT-771203; headshot on file", T.BIOMETRIC, "GAIT-771203"),
    ("Llame al 555-0147. Su cuenta: QR7730119. Seguro dental: DNX-4410-772.", T.ACCOUNT, "QR7730119"),
    (
        "Llame al 555-0147. Su cuenta: QR7730119. Seguro dental: DNX-4410-772.",
        T.HEALTH_PLAN_ID,
        "DNX-4410-772",
    ),
    ("Client : O. Brandt - compte 6620 1187 04", T.ACCOUNT, "6620 1187 04"),
    ("PLACARD Q440187 EXP 13MAY2027", T.OTHER_ID, "Q440187"),
    ("Subject: excuse letter for juror JUR551208", T.OTHER_ID, "JUR551208"),
    ("prescription 7731908 for amoxicillin 500 mg", T.OTHER_ID, "7731908"),
    # CDA elements and ids by root OID, FHIR keys and identifier systems, NCPDP SCRIPT elements
    (CDA, T.LOCATION, "Quenby"),
    (CDA, T.LOCATION, "53119-4410"),
    (CDA, T.NAME, "Marit"),
    (CDA, T.NAME, "Hope"),
    (CDA, T.MRN, "QX7731905"),
    (CDA, T.SSN, "503-11-7288"),
    (CDA, T.LICENSE, "1598862204"),
    (CDA, T.FAX, "+1 (414) 555-0188"),
    (FHIR, T.MRN, "QX7731905"),
    (FHIR, T.SSN, "503 11 7288"),
    (FHIR, T.LICENSE, "W55-10-7742"),
    (FHIR, T.NAME, "Will"),
    (FHIR, T.LOCATION, "Flat 7"),
    (FHIR, T.LOCATION, "Hope"),
    (FHIR, T.PHONE, "4145550132"),
    (NCPDP, T.NAME, "Winterbourne"),
    (NCPDP, T.LICENSE, "MW2520199"),
    (NCPDP, T.HEALTH_PLAN_ID, "W883035399"),
    (NCPDP, T.HEALTH_PLAN_ID, "53145-177"),
    (NCPDP, T.LOCATION, "Paradise"),
    (NCPDP, T.FAX, "6085550177"),
    # FHIR printed as paths: a Coverage's subscriber and group, a name's text, an NPI by its system, a serial
    (FHIR_PATHS, T.HEALTH_PLAN_ID, "QWE 5510 7731"),
    (FHIR_PATHS, T.HEALTH_PLAN_ID, "642384"),
    (FHIR_PATHS, T.NAME, "Odile Marsh"),
    (FHIR_PATHS, T.LICENSE, "1598862204"),
    (FHIR_PATHS, T.DEVICE_ID, "831JA77105"),
    ("selfie_ref=pt_face_0478.jpg dl_number=L7731055 dl_state=OH", T.LICENSE, "L7731055"),
    # serial numbers in German and in a log's lower-case key, an asset tag
    ("Infusionspumpe  Seriennr. DCD7731904", T.DEVICE_ID, "DCD7731904"),
    ("pair device sn=EV5510773 owner=mrn", T.DEVICE_ID, "EV5510773"),
    ("# asset 1X77310552 swapped in", T.DEVICE_ID, "1X77310552"),
    # accounts: a log's "enc=", a German "Fall", an Italian "Nosologico", X12 ladders' control numbers
    ("action=OPEN_CHART mrn=N77310552 enc=V55107731 result=OK", T.ACCOUNT, "V55107731"),
    ("Versichertennr. M0057978561  Fall V77310552", T.ACCOUNT, "V77310552"),
    ("Cod. paziente: HSP-7731055   Nosologico: V55107731", T.ACCOUNT, "V55107731"),
    ("CLM01 (patient control no.) ..... 7J551077310", T.ACCOUNT, "7J551077310"),
    ("2300 REF*F8 payer claim ctl ..... 7J551077310", T.ACCOUNT, "7J551077310"),
    # a user's or a login's ID in an audit log; a snake-case key's words after the label
    ('cab-audit user=U7731055 name="Odile Marsh" auth=palm', T.OTHER_ID, "U7731055"),
    ("Clinician: Odile Marsh (charge nurse), login 773105, NPI 1598862204", T.OTHER_ID, "773105"),
    ("disposition=XFER agent=Odile Marsh mrn_matched=K00773105 wait=5 min", T.MRN, "K00773105"),
    ("geb. 03.11.1972   Patienten-ID M77310552", T.MRN, "M77310552"),
    ("Dossier conservé: E7731055   Dossier fusionné: 9282-7731-6", T.MRN, "E7731055"),
    # an HL7 segment pasted into a log line
    ("WARN payload excerpt: PID|1||E7731055^^^MR||MARSH^ODILE||19430906", T.MRN, "E7731055"),
    # a specimen's ID is OTHER_ID, as CONVENTIONS.md says of accession and specimen numbers
    ("Drug screen specimen ID SP77310552 (negative).", T.OTHER_ID, "SP77310552"),
    # a request's number is still an identifier (a release-of-information request's)
    ("Processed by HIM: Odile Marsh, request no. WM-773105", T.OTHER_ID, "WM-773105"),
    # a given name and a surname in lower case after a person's cue
    ("sick call slip\nfrom: dmitri yazzie, doc no 643294", T.NAME, "dmitri yazzie"),
    ("camp_form:\n  camper: ximena okonkwo\n  dob: 2014-06-09", T.NAME, "ximena okonkwo"),
    ("call notes: spoke with yusuf mcallister; grandmother lives with them", T.NAME, "yusuf mcallister"),
    ("[9:37 am] Ines: hi its ines begay, my email changed", T.NAME, "ines begay"),
    # tables: a quoted CSV header, a tab-separated export, a fixed-width worklist with camel-case headers
    (
        '"appt_id","pat_name","mrn","dob"\n"4471","Oduya, Maren","QK-5501938","1970-02-11"',
        T.MRN,
        "QK-5501938",
    ),
    (
        "Datum\tName\tPatientennr.\tTelefon\n04.03.2026\tMaren Oduya\tK00551209\t0201 55501",
        T.MRN,
        "K00551209",
    ),
    (
        "#  Start          AccessionNo     PatientID      PatientName\n"
        "1  202604010830   RQ-44-771203    5530771208     Oduya^Maren",
        T.MRN,
        "5530771208",
    ),
    (
        "Zeitpunkt            Benutzer          Pers.-Nr.   Patient          PID         Fall\n"
        "01.04.2026 08:12     Ilse Kettering    557120      Maren Oduya      K00771203   ENC5510772",
        T.ACCOUNT,
        "ENC5510772",
    ),
]


@pytest.mark.parametrize(("text", "phi_type", "value"), DETECTIONS)
def test_round13_rules_find(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found_by_rules(text)


def test_an_identifier_recurs_where_no_label_names_it() -> None:
    # the MRN of PID-3 again in an OBX comment; the wristband's MRN again as its barcode's payload
    assert [v for t, v in found_by_rules(HL7_CARETS) if v == "Q7730412"] == ["Q7730412", "Q7730412"]
    band = 'mrn="LW-3390127" dob="1961-02-14"\nbarcode payload="LW-3390127"'
    assert [(t, v) for t, v in found_by_rules(band) if v == "LW-3390127"] == [(T.MRN, "LW-3390127")] * 2
    # a short number found once does not make every "4471" an identifier
    short = "Badge 4471. Gave 4471 units? no: 4471 is the badge."
    assert sum(1 for _, v in found_by_rules(short) if v == "4471") <= 1


def test_every_recurring_identifier_is_found_however_many_a_text_holds() -> None:
    # Twenty wristbands, each MRN again as a barcode's payload: more values than are looked for one by one
    # (the token pass finds them all; before, the first sixteen values only were looked for)
    bands = "".join(f'mrn="LW-33901{i:02d}" bed {i}\n' for i in range(20))
    payloads = " ".join(f'payload="LW-33901{i:02d}"' for i in range(20))
    values = [v for _, v in found_by_rules(bands + "\n" + payloads) if v.startswith("LW-")]
    assert sorted(values) == sorted(f"LW-33901{i:02d}" for i in range(20) for _ in range(2))


def test_structured_fields_are_not_vetoed_by_the_classifier() -> None:
    # The default scanner (rules and classifier): an address read from PID-11's position stays, whatever
    # the classifier makes of "Unit 4" and "Marrowby" on their own.
    scanner = PhiScanner(use_model=True)
    kept = {(f.type, f.text, f.source) for f in scanner.scan(HL7_CARETS)}
    assert (T.LOCATION, "Unit 4", "field") in kept
    assert (T.LOCATION, "Marrowby", "field") in kept


LOOK_ALIKES = [
    # an organisation's NM1 name, an employer's tax ID (REF*EI), ISA's control number
    (X12_270, "OXBOW VALLEY CLINIC", None),
    (X12_270, "731184420", None),
    (X12_270, "000000412", None),
    # the state in N4 and ASTM's address, a DICOM station name and software version, an age under 90
    (X12_270, "WI", None),
    (ASTM, "OH", None),
    (DICOM_DOTS, "CT-EAST-2", None),
    (DICOM_DOTS, "061", None),
    (DICOM_TAGS, "VE11C", None),
    # "seguro social" is a social security number's word, not a plan's; a table without identifier columns
    ("Número de seguro social: 512-40-7718", "512-40-7718", T.HEALTH_PLAN_ID),
    ("Time      Dose      Route\n08:00     40 mg     IV\n12:00     20 mg     PO", "40 mg", None),
    # a code system's address in a FHIR identifier names no one; a PER contact that is a desk
    (FHIR, "http://hl7.org/fhir/sid/us-ssn", T.URL),
    ("PER*IC*PROVIDER SERVICES*TE*3145550144~NM1*IL*1*ODUYA*MAREN~", "PROVIDER SERVICES", T.NAME),
    # two lower-case words after such a cue that are things, a relation or a possessive
    ("Stipend by prepaid card; SSN last four collected", "prepaid card", T.NAME),
    ("Terminal clean with sporicidal agent; the charge nurse leads huddle", "sporicidal agent", T.NAME),
    ("Met with pt's son Quang and his sister", "pt's son", T.NAME),
    ("Taken by mouth daily with food", "mouth daily", T.NAME),
    # a system's own IDs name a call, a message or a trace, not a person
    ("call_id=90313504d820b45c ts=2024-04-17T00:26:40Z", "90313504d820b45c", T.OTHER_ID),
    (
        "error cleared at 08:07; control id Q7651244T1733697; trace 502c07c6820fa585",
        "Q7651244T1733697",
        T.OTHER_ID,
    ),
    # a key's word that names another kind of value ends no label: "device_ip=" holds an IP address
    ("palm_scan=PV8833-NE18;device_ip=192.168.19.79;odometer", "192.168.19.79", T.DEVICE_ID),
    # software versions are no dates
    ("Interface engine Version 4.6.16 restarted", "4.6.16", T.DATE),
    ("device fw=1.9.20 bt=on", "1.9.20", T.DATE),
    ("H|\\^&|||Analyzer^7.9.29|||||||P|1394-97", "7.9.29", T.DATE),
    # German nouns are no names
    (
        "Diktat vom 3. März, Patientin geboren 1950, Punkt Absatz Befund unauffällig und Procedere mit Kontrolle",
        "Diktat",
        T.NAME,
    ),
    (
        "Parkhaus Ausfahrt für Dauerparker der Onkologie, Gebühr bitte bei Einfahrt zahlen",
        "Dauerparker",
        T.NAME,
    ),
]


REVIEWED = [
    # what a review of the round found and the fixes turned away: prose that names a DICOM attribute's
    # first word, a vital sign or a year after an eye's or a hand's word, common word pairs after "with",
    # a date after an app's or a client's word, a "Fall" before a date
    (
        "Report for PatientID 4471208.\nReferring physician notified.\nPerforming technologist: RT on duty",
        "physician notified",
        T.NAME,
    ),
    (
        "PatientName: DOE^JOHN\nRequesting MRI of the knee\nResponsible party: mother",
        "MRI of the knee",
        T.NAME,
    ),
    ("Retina 20/20 OU, iris 2024 exam.", "20/20", T.BIOMETRIC),
    ("Retina 20/20 OU, iris 2024 exam.", "2024", T.BIOMETRIC),
    ("Stepped on rusty nail with jade plant nearby.", "jade plant", T.NAME),
    ("Pt reports craving with crystal meth use.", "crystal meth", T.NAME),
    ("Fall 20240312 hip fracture.", "20240312", T.ACCOUNT),
]


@pytest.mark.parametrize(("text", "value", "phi_type"), REVIEWED)
def test_what_the_review_found_does_not_fire(text: str, value: str, phi_type: PhiType) -> None:
    assert [(t, v) for t, v in found_by_rules(text) if value in v and t is phi_type] == []


@pytest.mark.parametrize(
    "text",
    ["Next app 12.03.25 with Dr. Smith.", "Seen client 03.04.25 in clinic.", "Release 04.05.24 from rehab."],
)
def test_a_dotted_date_after_an_ordinary_word_stays_a_date(text: str) -> None:
    assert any(t is T.DATE for t, _ in found_by_rules(text))


def test_a_urls_query_keeps_its_underscores_and_is_read_whole() -> None:
    text = "Upload to https://example.org/api?pt_name=john&visit_no=9 for review"
    assert (T.URL, "https://example.org/api?pt_name=john&visit_no=9") in found_by_rules(text)


def test_structured_readers_never_return_overlapping_findings() -> None:
    for text in ('<given>family: "Ann"</given>', '<city>city: "Hope"</city>'):
        found = PhiScanner(use_model=False).scan(text)
        assert all(a.end <= b.start for a, b in itertools.pairwise(found)), found


def test_astm_records_separated_by_carriage_returns_and_dicom_lines_by_crlf() -> None:
    astm = "H|\\^&|||LIS\rP|1||MR995822||PAPADOPOULOS^NILS^L||19831206\rO|1|S12345678\r"
    assert {(f.type, f.text) for f in phi_astm.astm_findings(astm)} >= {
        (T.MRN, "MR995822"),
        (T.NAME, "PAPADOPOULOS^NILS^L"),
        (T.OTHER_ID, "S12345678"),
    }
    dicom = "PatientID: 12345\r\nPatientName: DOE^JOHN\r\n"
    assert [(f.type, f.text) for f in phi_dicom.dicom_findings(dicom)] == [
        (T.MRN, "12345"),
        (T.NAME, "DOE^JOHN"),
    ]
    # an attribute without a value gives nothing, not its keyword's last letters nor its VR
    assert list(phi_dicom.dicom_findings("PatientName\n(0010,0010) PatientName PN\n(0010,0010) PN\n")) == []


@pytest.mark.parametrize(("text", "value", "phi_type"), LOOK_ALIKES)
def test_round13_look_alikes_do_not_fire(text: str, value: str, phi_type: PhiType | None) -> None:
    hits = [(t, v) for t, v in found_by_rules(text) if value in v and (phi_type is None or t is phi_type)]
    assert hits == []


def test_the_classifier_adds_no_month_alone_but_a_person_named_after_one() -> None:
    assert [
        v for t, v in found("Patient Account Number pending; April's schedule is full.") if t is T.NAME
    ] == []
    assert (T.NAME, "April") in found("family of Eamon Heikkinen gathered; son April flew in from Alamosa.")


def test_a_dotted_date_still_is_a_date_without_a_version_cue() -> None:
    assert (T.DATE, "9.4.22") in found_by_rules("Exam date 9.4.22, prior study normal.")


def test_a_german_text_still_has_its_names() -> None:
    text = "Patientin Henrike Vasquez-Oduya, geboren am 04.05.1950, wurde mit Fieber und Husten aufgenommen."
    assert any(t is T.NAME and "Vasquez-Oduya" in v for t, v in found(text))


def test_snake_keys_leave_e_mail_addresses_and_file_names_whole() -> None:
    text = "contact=maren_oduya@example.org photo=pt_face_0041.jpg pt_name=Maren Oduya"
    assert (T.EMAIL, "maren_oduya@example.org") in found_by_rules(text)
    assert ("pt_face_0041.jpg" in text) and all("pt face" not in v for _, v in found_by_rules(text))


def test_each_reader_ignores_text_without_its_structure() -> None:
    prose = (
        "Seen today; PID and MSH discussed. Ref: guideline 2024. H. pylori negative. Patient ID card lost."
    )
    assert not list(phi_hl7.hl7_findings(prose))
    assert not phi_x12.has_segments(prose)
    assert not list(phi_dicom.dicom_findings(prose))
    assert not list(phi_astm.astm_findings(prose))


def test_x12_reads_the_separators_its_isa_declares() -> None:
    text = X12_270.replace("*", "|")
    found_x12 = {(f.type, f.text) for f in phi_x12.x12_findings(text)}
    assert (T.HEALTH_PLAN_ID, "YQH4471920") in found_x12 and (T.SSN, "503117288") in found_x12
