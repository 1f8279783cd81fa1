"""Tuning round 27 (2026-12-04), read off the misses of sets i (machine-generated data) and j (Spanish-language and
bilingual care): HL7 segments a log wrote on one line, the staff fields of HL7, NCPDP claim fields, SQL inserts
and database column names, and Spanish labels and dates. Each rule fires on fresh values and stays quiet on its
look-alikes."""

from __future__ import annotations

import pytest

from mediflow.quality import phi_hl7, phi_ncpdp, phi_table
from mediflow.quality.phi import PhiScanner
from mediflow.quality.phi_types import PhiType

T = PhiType


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    return PhiScanner(use_model=False)


def _found(scanner: PhiScanner, text: str) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in scanner.scan(text)}


def _fields(findings: object) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in findings}  # type: ignore[attr-defined]


# --- HL7 ---------------------------------------------------------------------------------------------


def _segment(name: str, fields: dict[int, str]) -> str:
    """A segment with each field at its standard position (``{20: "U80411^..."}`` is SCH-20)."""
    return "|".join([name, *(fields.get(i, "") for i in range(1, max(fields) + 1))])


def test_segments_written_on_one_line_with_carriage_returns_are_read_by_field() -> None:
    text = (
        "2024-02-11 08:15:02 INFO inbound MSH|^~\\&|ADT|GHS|ENG|GHS|20240211081502||ADT^A04|C88121|P|2.5<cr>"
        "EVN|A04|20240211081502<cr>PID|1||K4471902^^^GHS^MR||OKONKWO^ADAEZE^N||19580304|F|||"
        "77 Tamarind Way^Unit 4^Hollis^ME^04042^USA^H^^York|||||||H33019922|031-66-4417\n"
    )
    found = _fields(phi_hl7.hl7_findings(text))
    assert ("MRN", "K4471902") in found
    assert ("NAME", "OKONKWO^ADAEZE^N") in found
    assert ("LOCATION", "77 Tamarind Way") in found
    assert ("LOCATION", "York") in found  # the county (XAD.9)
    assert ("ACCOUNT", "H33019922") in found
    assert ("SSN", "031-66-4417") in found
    bare = text.replace("<cr>", "\r")
    assert ("NAME", "OKONKWO^ADAEZE^N") in _fields(phi_hl7.hl7_findings(bare))


def test_a_message_control_id_beside_a_name_on_one_logged_line_is_no_row_code(scanner: PhiScanner) -> None:
    text = (
        "MSH|^~\\&|ADT|GHS|ENG|GHS|20240211081502||ADT^A28^ADT_A05|QX55190733|P|2.5<cr>"
        "PID|1||K4471902^^^GHS^MR||OKONKWO^ADAEZE||19580304|F\n"
    )
    assert not any(t == "OTHER_ID" and v == "QX55190733" for t, v in _found(scanner, text))


@pytest.mark.parametrize(
    ("segment", "ident", "ident_type", "name"),
    [
        (
            "EVN|A08|20240211081502|||EMP-40718^ABERNATHY^ROWAN^^^^^^CLERK",
            "EMP-40718",
            "OTHER_ID",
            "ABERNATHY^ROWAN",
        ),
        (
            "PD1|||Lakeview Family Medicine|1487213306^QUISPE^MARISOL",
            "1487213306",
            "LICENSE",
            "QUISPE^MARISOL",
        ),
        (
            "TXA|1|DS^Discharge Summary|TX|202402110815|W55120^HALVORSEN^INGRID",
            "W55120",
            "OTHER_ID",
            "HALVORSEN^INGRID",
        ),
        ("AIG|1|A|1922040716^FERREIRA^TOMAS|MD", "1922040716", "LICENSE", "FERREIRA^TOMAS"),
        (
            _segment("SCH", {1: "APT40718", 2: "APT40719", 9: "30", 10: "MIN", 20: "U80411^NAKASHIMA^EMIKO"}),
            "U80411",
            "OTHER_ID",
            "NAKASHIMA^EMIKO",
        ),
    ],
)
def test_staff_fields_give_the_identifier_by_its_shape_and_the_name(
    segment: str, ident: str, ident_type: str, name: str
) -> None:
    found = _fields(phi_hl7.hl7_findings(segment + "\n"))
    assert (ident_type, ident) in found
    assert ("NAME", name) in found


def test_a_staff_field_written_without_an_identifier_is_read_from_its_first_component() -> None:
    text = _segment("SCH", {1: "APT77120", 9: "45", 10: "MIN", 16: "BRANDT^HELGA^M", 25: "PENDING"}) + "\n"
    assert ("NAME", "BRANDT^HELGA^M") in _fields(phi_hl7.hl7_findings(text))


def test_a_code_or_a_phone_where_a_staff_field_stands_is_no_person() -> None:
    charge = "FT1|1|||202402110815|202402110815|CG|99213^Office visit^CPT||||1|||||||||E11.9^Type 2 diabetes mellitus without complications^I10\n"
    order = "ORC|NW|ORD7781204|||SC||^^^202402110815^^R||202402110815|||||||||+1 207 555 0144^WPN^PH\n"
    for text in (charge, order):
        found = _fields(phi_hl7.hl7_findings(text))
        assert not any(t == "NAME" for t, _ in found), found
        assert ("OTHER_ID", "E11.9") not in found


def test_appointment_specimen_and_equipment_ids_and_a_merged_record() -> None:
    text = (
        "SCH|APT551207|FIL-883102||||||||30|MIN\n"
        "SPM|1|SPX4417720||BLD^Whole blood\n"
        "OBX|1|NM|8867-4^Heart rate^LN||72|/min|60-100||||F|||202402110815||||MX7731905^Philips IntelliVue\n"
        "MRG|P5507712^^^GHS^MR||A90331127||||PEREIRA^LUCIANA\n"
    )
    found = _fields(phi_hl7.hl7_findings(text))
    assert {("OTHER_ID", "APT551207"), ("OTHER_ID", "FIL-883102"), ("OTHER_ID", "SPX4417720")} <= found
    assert ("DEVICE_ID", "MX7731905") in found
    assert {("MRN", "P5507712"), ("ACCOUNT", "A90331127"), ("NAME", "PEREIRA^LUCIANA")} <= found


def test_an_identifier_list_typed_by_its_code_and_an_a_number_by_its_authority() -> None:
    text = (
        "PID|1||T5513902^^^GHS^MR~MCD55120947^^^MCD^MA~A214477093^^^USCIS^AN~88120347^^^GHS^AN||ROSS^EDEN\n"
    )
    found = _fields(phi_hl7.hl7_findings(text))
    assert ("HEALTH_PLAN_ID", "MCD55120947") in found
    assert ("OTHER_ID", "A214477093") in found
    assert ("ACCOUNT", "88120347") in found


# --- NCPDP ---------------------------------------------------------------------------------------------


def test_ncpdp_claim_fields_written_out_are_read_by_their_ids() -> None:
    text = (
        "AM04 302-C2 CARDHOLDER ID=QPH88120471  312-CC FIRST=ODALYS  313-CD LAST=VARGAS  301-C1 GROUP=RX7719\n"
        "AM01 304-C4 DOB=19710522  310-CA FIRST=ODALYS  311-CB LAST=VARGAS\n"
        "     322-CM ADDR=418 CEDAR KNOLL LN  323-CN CITY=MILLBROOK  324-CO ST=NY  325-CP ZIP=12545\n"
        "AM07 402-D2 RX NO=RX7741190  407-D7 NDC=00071015523  442-E7 QTY=30000\n"
        "AM03 411-DB PRESCRIBER ID=1629071185  427-DR LAST=ACHTERBERG\n"
        "RESP STATUS   112-AN=A<FS>503-F3=PA88120933<FS>547-5F=1\n"
    )
    found = _fields(phi_ncpdp.ncpdp_findings(text))
    assert {("HEALTH_PLAN_ID", "QPH88120471"), ("HEALTH_PLAN_ID", "RX7719")} <= found
    assert {("NAME", "ODALYS"), ("NAME", "VARGAS"), ("NAME", "ACHTERBERG")} <= found
    assert {("LOCATION", "418 CEDAR KNOLL LN"), ("LOCATION", "MILLBROOK"), ("LOCATION", "12545")} <= found
    assert {("DATE", "19710522"), ("OTHER_ID", "RX7741190"), ("OTHER_ID", "PA88120933")} <= found
    assert ("LICENSE", "1629071185") in found
    # the NDC, the quantity, the state and the response code are no identifiers
    assert not {v for _, v in found} & {"00071015523", "30000", "NY", "A"}


def test_a_raw_ncpdp_claim_is_read_after_its_field_separators() -> None:
    text = "AM01\x1cC419710522\x1cCAODALYS\x1cCBVARGAS\x1cCPNY"
    found = _fields(phi_ncpdp.ncpdp_findings(text))
    assert {("DATE", "19710522"), ("NAME", "ODALYS"), ("NAME", "VARGAS")} <= found


def test_a_field_number_that_is_not_the_ids_is_not_read() -> None:
    assert not list(phi_ncpdp.ncpdp_findings("lot 118-CA=MADISON  code 310-CB=FOX\n"))


# --- SQL and database column names --------------------------------------------------------------------------------


def test_an_sql_insert_is_read_by_its_column_names() -> None:
    text = (
        "INSERT INTO [dbo].[Guarantor] ([AccountNo],[LastName],[FirstName],[Street],[City],[Zip],[SSN],[Employer]) "
        "VALUES (N'7710-552193',N'Halloran',N'Briony',N'902 Quarry Bend Rd',N'Oakmere',N'30551',N'214881930',N'Acme');\n"
    )
    found = _fields(phi_table.table_findings(text))
    assert {("ACCOUNT", "7710-552193"), ("NAME", "Halloran"), ("NAME", "Briony")} <= found
    assert {("LOCATION", "902 Quarry Bend Rd"), ("LOCATION", "Oakmere"), ("LOCATION", "30551")} <= found
    assert ("SSN", "214881930") in found
    assert not any(v == "Acme" for _, v in found)


def test_an_sql_insert_without_identifier_columns_is_not_read() -> None:
    text = "INSERT INTO ref.city (city, county, state) VALUES ('Oakmere', 'Harlan', 'GA');\n"
    assert not list(phi_table.table_findings(text))


def test_a_bar_table_under_database_column_names_reads_places_and_identifiers() -> None:
    text = (
        "PAT_ID|PAT_NAME|AGE_YRS|ADDR_LINE_1|CITY|STATE|ZIP|COUNTY|PLAN_MEMBER_ID|DX1\n"
        "55012983|QUINTERO, ALMA|93|17 LANTERN HILL RD|PINE BLUFF|AR|71603|Jefferson|XQA771209943|I10\n"
    )
    found = _fields(phi_table.table_findings(text))
    assert {
        ("LOCATION", "17 LANTERN HILL RD"),
        ("LOCATION", "PINE BLUFF"),
        ("LOCATION", "Jefferson"),
    } <= found
    assert {("LOCATION", "71603"), ("HEALTH_PLAN_ID", "XQA771209943"), ("AGE", "93")} <= found
    assert not any(v in ("AR", "I10") for _, v in found)


def test_a_place_column_alone_reads_nothing() -> None:
    assert not list(phi_table.table_findings("CITY|STATE|RATE\nPINE BLUFF|AR|12.5\nDOVER|DE|9.1\n"))


# --- Spanish labels and dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phi_type", "value"),
    [
        ("Plan Vital 5512094476. Dra. Ocasio", "HEALTH_PLAN_ID", "5512094476"),
        ("Núm. de socio: 77120945518-02   Grupo: PV-8812", "HEALTH_PLAN_ID", "77120945518-02"),
        ("Núm. de socio: 77120945518-02   Grupo: PV-8812", "HEALTH_PLAN_ID", "PV-8812"),
        ("CHIP Perinatal ID 551209477WA", "HEALTH_PLAN_ID", "551209477WA"),
        ("Contrato: 44120937", "HEALTH_PLAN_ID", "44120937"),
        ("ITIN (si no tiene SSN): 912-77-4410", "OTHER_ID", "912-77-4410"),
        ("Mother's A# 214 887 120; not applying", "OTHER_ID", "214 887 120"),
        ("ID: matrícula consular MC-551209874; RFC LOAM7703115K2", "OTHER_ID", "MC-551209874"),
        ("ID: matrícula consular MC-551209874; RFC LOAM7703115K2", "OTHER_ID", "LOAM7703115K2"),
        ("Folio de matrícula: 4471209933", "OTHER_ID", "4471209933"),
        ("Paciente: Nery Batres   DUI: 04417721-6   Sexo", "OTHER_ID", "04417721-6"),
        ("Pasaporte de la paciente: 771204498", "OTHER_ID", "771204498"),
        ("Núm. de autorización previa: 8812-440917   Válida", "OTHER_ID", "8812-440917"),
        ("Licencia de conducir: 5519047", "LICENSE", "5519047"),
        ("Lic. conducir: 812-4471", "LICENSE", "812-4471"),
        ("Dr. Abel Zeledón, colegiado activo No. 44172", "LICENSE", "44172"),
        ("Dra. Irma Chicas, JVPM 77120", "LICENSE", "77120"),
        ("F. nac.: octubre 3, 1979  Edad: 45", "DATE", "octubre 3, 1979"),
        ("Fecha: 09-DIC-2024   Fax", "DATE", "09-DIC-2024"),
        ("nacimiento: 30/ene/1952", "DATE", "30/ene/1952"),
        ("Fecha Efectividad: 11 abr. 2025", "DATE", "11 abr. 2025"),
        ("Cita de seguimiento: 21/3 a las 9:00", "DATE", "21/3"),
        ("recordatorio de la cita el 14/11. Responda 1", "DATE", "14/11"),
    ],
)
def test_spanish_labels_and_dates(scanner: PhiScanner, text: str, phi_type: str, value: str) -> None:
    assert (phi_type, value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "DUI arrest 2019, no injuries",  # a charge, not El Salvador's identity number
        "CHIP 2024 enrolment statistics: 4,120 children",
        "Plan: continue lisinopril 10 mg; recheck BMP",
        "APGAR 8/9; Braden 18; score 3/5 on the PHQ item",
        "Grupo sanguíneo O+, Rh positivo",
        "Miembros del hogar: 4",
    ],
)
def test_spanish_look_alikes_stay_quiet(scanner: PhiScanner, text: str) -> None:
    found = _found(scanner, text)
    assert not any(t in ("OTHER_ID", "HEALTH_PLAN_ID", "LICENSE", "DATE") for t, _ in found), found


# --- round 27, second part: Spanish ages, serials, biometrics, accounts, plates, charts and addresses -------------


@pytest.mark.parametrize(
    ("text", "phi_type", "value"),
    [
        ("Teodoro Ruiz, noventa y seis años, natural de Lares", "AGE", "noventa y seis"),
        ("su abuela tiene ciento un años y vive sola", "AGE", "ciento un"),
        ("Usa concentrador de oxígeno, serie QX7120945, 3 L/min.", "DEVICE_ID", "QX7120945"),
        ("Monitor de presión en casa (serie BP5512094): promedio 131/80", "DEVICE_ID", "BP5512094"),
        ("Huellas dactilares capturadas — plantilla 7RTK-PL40-9QX2", "BIOMETRIC", "7RTK-PL40-9QX2"),
        ("Huellas plantares registradas: HP-7712094", "BIOMETRIC", "HP-7712094"),
        ("Número de cuenta: 44120973     Factura: F-551209", "ACCOUNT", "F-551209"),
        ("Núm. de reclamación: R-4471209", "ACCOUNT", "R-4471209"),
        ("Otro vehículo: tablilla JXQ-418, conductor", "VEHICLE_ID", "JXQ-418"),
        ("Récord: 0041120973", "MRN", "0041120973"),
        ("Paciente: Lidia Quiles  Exp.: 551-2094  F. nac.", "MRN", "551-2094"),
        ("expediente núm. 77120493, autorizo a la Dra.", "MRN", "77120493"),
        ("reside en Bo. Camarones, Carr 152 Km 3.4, Naranjito.", "LOCATION", "Bo. Camarones"),
        ("reside en Bo. Camarones, Carr 152 Km 3.4, Naranjito.", "LOCATION", "Carr 152 Km 3.4"),
        ("Dirección del padre: C/ 7 D-14, Urb. Santa Juanita, Bayamón 00956", "LOCATION", "C/ 7 D-14"),
        (
            "Dirección del padre: C/ 7 D-14, Urb. Santa Juanita, Bayamón 00956",
            "LOCATION",
            "Urb. Santa Juanita",
        ),
        (
            "Domicilio: Calle Nicolás Bravo #212 int. 3, Col. Las Flores, CP 44210",
            "LOCATION",
            "Col. Las Flores",
        ),
        ("Correo: HC 04 Box 44120, Las Piedras", "LOCATION", "HC 04 Box 44120"),
        ("contacto: RR 5 Buzón 7712, Añasco 00610", "LOCATION", "RR 5 Buzón 7712"),
    ],
)
def test_spanish_ages_serials_biometrics_accounts_plates_charts_and_addresses(
    scanner: PhiScanner, text: str, phi_type: str, value: str
) -> None:
    found = _found(scanner, text)
    assert any(t == phi_type and value in v for t, v in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Col. Whitaker reviewed the duty roster",  # a colonel, not a colonia
        "Record 2024 results were reviewed",  # English "record": no chart's label
        "Vacuna: serie de 3 dosis completada",  # a vaccine's series, no serial
        "tiene noventa minutos de espera",  # ninety minutes, no age
        "Factura pendiente de pago",  # an invoice with no number
    ],
)
def test_spanish_look_alikes_of_the_second_part_stay_quiet(scanner: PhiScanner, text: str) -> None:
    found = _found(scanner, text)
    assert not any(t in ("LOCATION", "MRN", "DEVICE_ID", "AGE", "ACCOUNT") for t, _ in found), found
