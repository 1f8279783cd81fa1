"""Document styles of set LI: health data as systems write it (HL7 v2, FHIR, X12, NCPDP, C-CDA, CSV/TSV,
SQL, engine and API logs, audit trails, label streams, device exports). ``{key}`` is filled from
``values``: a typed value is a gold span, an untyped one is a look-alike. No literal braces anywhere."""

from __future__ import annotations


def _t(*templates: str) -> tuple[str, ...]:
    return tuple(t.strip("\n") for t in templates)


TEMPLATES: dict[str, tuple[str, ...]] = {}

# --- HL7 v2 -----------------------------------------------------------------------------------------

TEMPLATES["si_hl7_adt_registration"] = _t(
    r"""
MSH|^~\&|EPICADT|HFCH^{oid}^ISO|{channel}|{org}|{ht1}||ADT^A04^ADT_A01|{ctrl}|P|{hl7v}|||AL|NE
EVN|A04|{ht1}|||{rn_emp}^{rn_hl7}^^^^^^EMP
PID|1||{mrn}^^^HFCH^MR~{empi}^^^EMPI^PI||{pt_hl7}^^^^L~{pt_nick}^^^^^N|{pt_mother_maiden}|{dob_hl7}|F||2106-3^White^CDCREC|{street}^{unit}^{city}^{state}^{zip}^USA^H^^{county}||{pt_phone_hl7}^PRN^PH~^NET^Internet^{pt_email}||ENG|M||{acct}|{ssn_digits}
NK1|1|{rel_hl7}|SPO^Spouse^HL70063|{rel_street}^^{rel_city}^{state}^{rel_zip}|{rel_phone_hl7}^PRN^PH||EC^Emergency Contact
PV1|1|O|{ward}^{room}^{bed}^HFCH^^^^^{fac_town}||||{d1_npi}^{d1_hl7}^^^MD^^^NPI|{d2_npi}^{d2_hl7}^^^DO^^^NPI|||||||||||{visit_no}|||||||||||||||||||||||||{adm_hl7}
IN1|1|{payer_id}^{payer}|{payer_id}|{payer}|||||{group_no}|||||||{pt_hl7}|01^Self|{dob_hl7}|||||||||||||||||||{member_id}
ZBI|1|FINGERPRINT|{bio_fp}|{ht1}|ENROLLED BY {rn_emp}
""",
    r"""
{lt1} INFO  [{channel}] inbound MLLP from {host}:{port} len={bytes} segs={seg}
MSH|^~\&|REG|HFCH|ENGINE|HFCH|{ht1}||ADT^A28^ADT_A05|{ctrl}|P|{hl7v}<cr>EVN|A28|{ht1}<cr>PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|M|{pt_alias_hl7}|2054-5^Black or African American^CDCREC|{STREET}^{UNIT}^{CITY}^{state}^{zip4}||{pt_phone_hl7}^PRN^PH~{pt_cell}^ORN^CP|||S||{acct}|{ssn_digits}|||||||||||N<cr>PD1|||{org}^^{oid}|{d2_npi}^{d2_hl7}<cr>ZPI|1|PHOTO^{photo_file}|BIO^{bio_palm}^PATIENTSECURE|ENROLLED^{rn_emp}<cr>
{lt2} INFO  [{channel}] ACK AA sent ctrl={ctrl} latency_ms={lat}
""",
    r"""
MSH|^~\&|EDIS|HFCH_ED|ADT|HFCH|{ht1}||ADT^A08^ADT_A01|{ctrl}|P|{hl7v}
EVN|A08|{ht2}|||{u2_emp}^{u2_hl7}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|U|||{street}^^{city}^{state}^{zip}||{pt_phone_hl7}|||||{acct}|||{dl_no}^{state}
PV1|1|E|ED^{room}^{bed}|E|||{d1_npi}^{d1_hl7}^^^MD|||EM||||7|||{d1_npi}^{d1_hl7}|E||{visit_no}|||||||||||||||||||||||||{adm_hl7}
ACC|{adm_hl7}|MV^Motor vehicle accident^HL70050|{county_full}, {state}|||N
NTE|1|L|MVC, RESTRAINED DRIVER. VEH PLATE {plate} ({state}) VIN {vin} PER {county} SO DEPUTY, CASE {case_no}. {score}
DG1|1||{icd1}^{icd1_desc}^I10C||{adm_hl7}|W
""",
)

TEMPLATES["si_hl7_adt_merge"] = _t(
    r"""
MSH|^~\&|EMPI|NGHP|ALLSYS|NGHP|{ht1}||ADT^A40^ADT_A39|{ctrl}|P|{hl7v}
EVN|A40|{ht1}|||{u2_emp}^{u2_hl7}^^^^^^HIMCLERK
PID|1||{mrn}^^^NGHP^MR~{empi}^^^NGHP^PI||{pt_hl7}||{dob_hl7}|F|||{street}^{unit}^{city}^{state}^{zip}
MRG|{mrn_old}^^^NGHP^MR||{acct}|||||{pt_alias_hl7}
NTE|1||Duplicate resolved per {policy} {policy_rev}; survivor {mrn}, retired {mrn_old}. Work item {job}.
""",
    r"""
MSH|^~\&|MPI|{oid}|HIS|{oid}|{ht1}||ADT^A34^ADT_A30|{ctrl}|T|{hl7v}
EVN|A34|{ht1}
PID|1||{mrn}^^^HF^MR||{pt_LAST}^{pt_FIRST}||{dob_hl7}|M||||||||||||{ssn_digits}
MRG|{mrn_old}^^^HF^MR|||||||{pt_alias_hl7}
ZMG|LINKED_BY={u2_LF}|SCORE=0.{sample_n}|RULE=FN+LN+DOB+SSN|QUEUE=DUPCHK|TIME={t1}
""",
)

TEMPLATES["si_hl7_oru_result"] = _t(
    r"""
MSH|^~\&|SUNQUEST|MERIDIAN^{clia}^CLIA|EPIC|HFCH|{ht3}||ORU^R01^ORU_R01|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|F|||{street}^^{city}^{state}^{zip}
PV1|1|I|{ward}^{room}^{bed}||||{d1_npi}^{d1_hl7}||||||||||||{visit_no}
ORC|RE|{placer_no}|{filler_no}||CM||||{coll_hl7}|||{d1_npi}^{d1_hl7}
OBR|1|{placer_no}|{filler_no}|24323-8^Comprehensive metabolic panel^LN|||{coll_hl7}|||||||{coll_hl7}|SER&Serum|{d1_npi}^{d1_hl7}||{accession}||||{res_hl7}||CH|F
OBX|1|NM|{loinc1}^{loinc1_name}^LN||{loinc1_val}|{loinc1_unit}|{loinc1_range}|{loinc1_flag}|||F|||{res_hl7}|{clia}
OBX|2|NM|{loinc2}^{loinc2_name}^LN||{loinc2_val}|{loinc2_unit}|{loinc2_range}|{loinc2_flag}|||F|||{res_hl7}|{clia}
NTE|1|L|Critical value called to {rn_full} RN ({ward}) at {hhmm} by {u2_fl}, read back verified.
SPM|1|{specimen}^{accession}||SER^Serum^HL70487|||||||||||||{coll_hl7}|{res_hl7}
""",
    r"""
MSH|^~\&|POC|HFCH_ICU|LIS|HFCH|{ht1}||ORU^R01|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{odob_hl7}|M
PV1|1|I|ICU^{room}^{bed}
OBR|1||{filler_no}|57698-3^Lipid panel with direct LDL^LN|||{coll_hl7}
OBX|1|NM|30525-0^Age^LN||{age90}|a^year^UCUM|||||F
OBX|2|NM|{loinc1}^{loinc1_name}^LN||{loinc1_val}|{loinc1_unit}|{loinc1_range}|{loinc1_flag}|||F|||{coll_hl7}||{rn_emp}^{rn_hl7}|{mon_sn}^{brand}
OBX|3|ST|8867-4^Heart rate^LN||{hr}|/min|60-100||||F|||{coll_hl7}||||{mon_sn}^{brand}
NTE|1||Pt {age90} yrs; DOB verified with wristband by {rn_fl}. {eponym} history.
""",
    r"""
MSH|^~\&|COPATH|PATH|EPIC|HFCH|{ht2}||ORU^R01|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|F||||||||||{acct}
ORC|RE||{accession}
OBR|1||{accession}^COPATH|88305^Surgical pathology^CPT|||{coll_hl7}|||||||{coll_hl7}||{d2_npi}^{d2_hl7}||||||{res_hl7}|||F||||||{icd1}^{icd1_desc}|{d1_npi}&{d1_hl7}
OBX|1|TX|22634-0^Path report.gross^LN||Received fresh labeled "{pt_LF}" and "{mrn}", specimen {specimen}.||||||F
OBX|2|TX|22637-3^Path report.final dx^LN||No malignancy identified. Signed out {res_isot} by {d1_full}, MD.||||||F
OBX|3|TX|22638-1^Path report.comments^LN||Copy faxed to {d2_full} at {d1_fax}; call {d1_phone} with questions.||||||F
""",
)

TEMPLATES["si_hl7_orm_order"] = _t(
    r"""
MSH|^~\&|EPIC|HFCH|RIS|SUMMIT|{ht1}||ORM^O01|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|M|||{street}^^{city}^{state}^{zip}||{pt_phone_hl7}
PV1|1|O|RAD^^^HFCH||||{d2_npi}^{d2_hl7}
ORC|NW|{placer_no}|||SC||^^^{appt_hl7}^^R||{ht1}|{u2_emp}^{u2_hl7}||{d1_npi}^{d1_hl7}^^^MD|||||||{d1_phone}^WPN^PH~{d1_fax_hl7}^WPN^FX
OBR|1|{placer_no}||{cpt2}^{cpt2_desc}^C4|||||||||R/O {icd1_desc}||||{d1_npi}^{d1_hl7}|{d1_phone}^WPN^PH|||||||||^^^{appt_hl7}^^R
DG1|1||{icd1}^{icd1_desc}^I10C
NTE|1||Pt weight {wt} kg. Contrast allergy: none. Transport from {ward}. Results to {d2_lf} fax {d1_fax}.
""",
    r"""
MSH|^~\&|CPOE|HFCH|LIS|MERIDIAN|{ht1}||OML^O21|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|F||||||||||{visit_no}
ORC|NW|{placer_no}|||||||{ht1}|||{d1_npi}^{d1_hl7}||{d1_phone}|||||||{fac_town}
TQ1|1||||||{coll_hl7}||S
OBR|1|{placer_no}||{loinc1}^{loinc1_name}^LN|||{coll_hl7}|||||||||{d1_npi}^{d1_hl7}
OBR|2|{placer_no}||{loinc2}^{loinc2_name}^LN|||{coll_hl7}
SPM|1|{specimen}||BLD^Whole blood|||||||||||||{coll_hl7}
NTE|1||Draw with AM labs; {dose} due {hhmm}. Callback {d1_phone}.
""",
)

TEMPLATES["si_hl7_siu_schedule"] = _t(
    r"""
MSH|^~\&|CADENCE|NGHP|{channel}|NGHP|{ht1}||SIU^S12^SIU_S12|{ctrl}|P|{hl7v}
SCH|{placer_no}|{filler_no}|||||ROUTINE^Routine|FOLLOWUP^Follow-up|30|MIN|^^30^{appt_hl7}^{appt_hl7s}|||||{u2_emp}^{u2_hl7}|{ward_phone}||||BOOKED
PID|1||{mrn}^^^NGHP^MR||{pt_hl7}||{dob_hl7}|F|||{street}^{unit}^{city}^{state}^{zip}||{pt_cell}^PRN^CP~^NET^Internet^{pt_email}
PV1|1|O|ENDO^^^NGHP||||{d2_npi}^{d2_hl7}
RGS|1|A
AIS|1|A|{cpt1}^{cpt1_desc}|{appt_hl7}|0|MIN|30|MIN
AIG|1|A|{d1_npi}^{d1_hl7}|MD
AIL|1|A|ENDO-3^^^{fac_town}
NTE|1||Interpreter requested (Spanish). Reminder texted to {pt_cell}. Prior visit {prev_us}.
""",
    r"""
{lt1} [SIU_FROM_CADENCE] S14 modify appt
SCH|{placer_no}||||||||45|MIN|^^45^{appt_hl7}|||||{u2_hl7}||||||||||||PENDING<cr>PID|1||{mrn}^^^NGHP^MR||{pt_hl7}||{dob_hl7}|M|||{STREET}^^{CITY}^{state}^{zip}||{pt_phone_hl7}<cr>AIP|1|U|{d1_npi}^{d1_hl7}|ATTENDING<cr>AIL|1|U|{FAC_TOWN}^INFUSION^CHAIR 4<cr>NTE|1||moved from {prev_us} per pt request (call from {rel_full}, {rel_phone})<cr>
{lt2} [SIU_FROM_CADENCE] routed to ORM_TO_PACS, AA in {lat} ms
""",
)

TEMPLATES["si_hl7_mdm_document"] = _t(
    r"""
MSH|^~\&|DRAGON|HFCH|HIM|HFCH|{ht1}||MDM^T02^MDM_T02|{ctrl}|P|{hl7v}
EVN|T02|{ht1}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|F||||||||||{visit_no}
PV1|1|I|{ward}^{room}^{bed}||||{d1_npi}^{d1_hl7}
TXA|1|DS^Discharge Summary|TX|{dis_hl7}|{d1_npi}^{d1_hl7}||{ht1}|||||{uuid1}||||{doc_url}|AU||AV
OBX|1|TX|18842-5^Discharge summary^LN|1|{pt_full} is a {age_young2} y/o admitted {adm_us} with {icd1_desc}.||||||F
OBX|2|TX|18842-5^Discharge summary^LN|2|Discharged {dis_us} to home at {street}, {city}, with daughter {rel_first}.||||||F
OBX|3|TX|18842-5^Discharge summary^LN|3|Meds: {dose}; {dose2}. Follow up with Dr. {d2_last} on {appt_us}.||||||F
OBX|4|TX|18842-5^Discharge summary^LN|4|Dictated by {d1_full}, MD; transcribed by {u2_emp}.||||||F
""",
    r"""
MSH|^~\&|MEDIA|HFCH|HIM|HFCH|{ht1}||MDM^T02|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}
TXA|1|PHOTO^Patient identification photograph|IM|{ht1}|{rn_emp}^{rn_hl7}||||||||{uuid1}|||||AU
OBX|1|RP|PHOTOID^Patient photo^L||{photo_file}^IMAGE^JPEG||||||F
OBX|2|ST|PHOTOREF^Photo record^L||{photo_id}||||||F
OBX|3|TX|COMMENT^Capture note^L||Captured at registration desk 2 by {rn_full}; consent on file ({form}).||||||F
""",
    r"""
MSH|^~\&|OUTSIDEREC|HFCH|HIM|HFCH|{ht1}||MDM^T04|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|M|||{street}^^{city}^{state}^{zip}
TXA|1|OUTREC^Outside records|TX|{prev_hl7}|||{ht1}|||||{uuid2}|||||LA
OBX|1|TX|OUTREC^Outside records^L|1|Received by fax from {d2_full} ({fac_town}), CSID {d1_fax_digits}, 7 pages.||||||F
OBX|2|TX|OUTREC^Outside records^L|2|Cover sheet: RE {pt_LF} DOB {dob_us} SSN {ssn}.||||||F
OBX|3|TX|OUTREC^Outside records^L|3|Indexed by {u2_lf}; viewer {doc_url}||||||F
""",
)

TEMPLATES["si_hl7_vxu_immunization"] = _t(
    r"""
MSH|^~\&|EHR|NGHP^{oid}^ISO|IIS|STATEIIS|{ht1}||VXU^V04^VXU_V04|{ctrl}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||{mrn}^^^NGHP^MR||{pt_hl7}|{pt_mother_maiden}|{dob_hl7}|F||2106-3^^CDCREC|{street}^^{city}^{state}^{zip}^^P||^PRN^PH^^^{pt_phone_digits}
PD1|||||||||||02^Reminder/recall - any method^HL70215|N|{ht1}|||A|{ht1}
NK1|1|{rel_hl7}|MTH^Mother^HL70063
ORC|RE||{filler_no}^NGHP|||||||{rn_emp}^{rn_hl7}|||||||||||||||{org}
RXA|0|1|{adm_hl7}||{cvx}^{cvx_desc}^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|{rn_npi}^{rn_hl7}|^^^NGHP-PEDS||||{vax_lot}||{mvx}^HL70227|||CP|A
RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163
OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F|||{adm_hl7}
OBX|2|TS|29768-9^VIS publication date^LN|1|{prev_d}||||||F
""",
    r"""
MSH|^~\&|PHARM|NGHP|IIS|STATEIIS|{ht1}||VXU^V04|{ctrl}|P|2.5.1
PID|1||{mrn}^^^NGHP^MR~{medicaid_id}^^^MCD^MA||{pt_hl7}||{odob_hl7}|M|||{STREET}^^{CITY}^{state}^{zip}
RXA|0|1|{adm_hl7}||{cvx}^{cvx_desc}^CVX|0.5|mL||00|{rn_npi}^{rn_hl7}^^^RPH|||||{vax_lot}||{mvx}|||CP|A
RXA|0|1|{prev_hl7}||{cvx}^{cvx_desc}^CVX|999|||01^Historical^NIP001
NTE|1||Age {age90} at admin; screened by {rn_fl}, no reactions. Next due per ACIP.
""",
)

TEMPLATES["si_hl7_dft_charge"] = _t(
    r"""
MSH|^~\&|EPIC|HFCH|PB|HFCH|{ht1}||DFT^P03^DFT_P03|{ctrl}|P|{hl7v}
EVN|P03|{ht1}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|F||||||||||{acct}|{ssn_digits}
PV1|1|O|CLIN^^^HFCH||||{d1_npi}^{d1_hl7}||||||||||||{visit_no}
FT1|1|||{adm_hl7}|{ht1}|CG|{cpt1}^{cpt1_desc}^CPT|||1|{money2}||||||{rev}||||{icd1}^{icd1_desc}^I10|{d1_npi}^{d1_hl7}|||{placer_no}|||{cpt1}^^CPT|{mod}
FT1|2|||{adm_hl7}|{ht1}|CG|{cpt2}^{cpt2_desc}^CPT|||1|{money3}||||||{rev2}
GT1|1||{rel_hl7}||{rel_street}^^{rel_city}^{state}^{rel_zip}|{rel_phone_hl7}||||SP^Spouse|{ssn_sp}
IN1|1|{payer_id}|{payer_id}|{payer}||||{group_no}||||||||{rel_hl7}|02^Spouse||||||||||||||||||||{member_id}
""",
    r"""
MSH|^~\&|OPTIME|HFCH|HB|HFCH|{ht1}||DFT^P03|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|M||||||||||{acct}
PV1|1|S|OR^OR-{room}||||{d1_npi}^{d1_hl7}|||||||||||||{visit_no}|||||||||||||||||||||||||{adm_hl7}|{dis_hl7}
FT1|1|||{adm_hl7}||CG|{cpt1}^{cpt1_desc}^CPT|||1|{money}||||||0278^Implant|||||{d1_npi}^{d1_hl7}
ZIM|1|{udi}|{implant_sn}|{brand}|IMPLANTED|{adm_d}
NTE|1||Implant log verified by {rn_lf} ({rn_emp}); supply {stock_lot} not billable.
""",
)

# --- FHIR -------------------------------------------------------------------------------------------

TEMPLATES["si_fhir_patient_yaml"] = _t(
    """
resourceType: Patient
id: {fhir_pid}
meta:
  versionId: "{seg}"
  profile:
    - http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient
identifier:
  - system: urn:oid:{oid}
    type:
      coding:
        - system: http://terminology.hl7.org/CodeSystem/v2-0203
          code: MR
    value: "{mrn}"
  - system: http://hl7.org/fhir/sid/us-ssn
    value: "{ssn}"
name:
  - use: official
    family: {pt_last}
    given: [{pt_first}]
  - use: nickname
    given: [{pt_nick}]
telecom:
  - system: phone
    value: "{pt_phone}"
    use: home
  - system: email
    value: {pt_email}
gender: female
birthDate: "{dob_iso}"
address:
  - line: ["{street}", "{unit}"]
    city: {city}
    district: {county_full}
    state: {state}
    postalCode: "{zip}"
photo:
  - contentType: image/jpeg
    title: {photo_file}
generalPractitioner:
  - display: {d2_full}
""",
    """
--- # Patient (export job {job}, page 3 of 12)
resourceType: Patient
id: {fhir_pid}
identifier:
  - use: usual
    system: urn:oid:{oid2}
    value: {mrn}
  - system: http://hl7.org/fhir/sid/us-mbi
    value: {mbi}
active: true
name:
  - text: {pt_full}
    family: {pt_last}
    given:
      - {pt_first}
telecom:
  - system: phone
    value: {pt_cell}
    use: mobile
birthDate: {odob_iso}
extension:
  - url: http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex
    valueCode: M
address:
  - use: home
    text: {street}, {city}, {state} {zip}
photo:
  - url: {portal_url}
    title: "{photo_id}"
contact:
  - relationship: [coding: [code: N]]
    name: family: {rel_last}, given: [{rel_first}]
    telecom: [system: phone, value: "{rel_phone}"]
""",
)

TEMPLATES["si_fhir_bundle_lines"] = _t(
    """
"resourceType": "Bundle", "id": "{uuid1}", "type": "transaction", "timestamp": "{ts1}",
"entry": [
  "fullUrl": "{fhir_pt_url}",
  "resource": "resourceType": "Patient", "id": "{fhir_pid}",
    "identifier": [ "system": "urn:oid:{oid}", "value": "{mrn}" ],
    "name": [ "family": "{pt_last}", "given": ["{pt_first}"] ],
    "birthDate": "{dob_iso}", "address": [ "line": ["{street}"], "city": "{city}", "state": "{state}", "postalCode": "{zip4}" ],
  "request": "method": "PUT", "url": "Patient/{fhir_pid}",
  "fullUrl": "urn:uuid:{uuid2}",
  "resource": "resourceType": "Observation", "id": "{uuid2}", "status": "final",
    "code": "coding": [ "system": "http://loinc.org", "code": "{loinc1}", "display": "{loinc1_name}" ],
    "subject": "reference": "Patient/{fhir_pid}", "display": "{pt_full}",
    "effectiveDateTime": "{coll_isot}", "issued": "{ts2}",
    "valueQuantity": "value": {loinc1_val}, "unit": "{loinc1_unit}", "system": "http://unitsofmeasure.org",
    "performer": [ "reference": "Practitioner/{d1_npi}", "display": "{d1_full}" ]
]
""",
    """
"resourceType": "Bundle", "type": "searchset", "total": 1,
"link": [ "relation": "self", "url": "{fhir_pt_url}/$everything?_count=50" ],
"entry[0]": "resourceType": "Encounter", "id": "{uuid1}", "status": "finished", "class": "IMP",
"entry[0].identifier": [ "type": "text": "FIN", "value": "{visit_no}" ],
"entry[0].period": "start": "{adm_isot}", "end": "{dis_isot}",
"entry[0].hospitalization.destination.display": "{fac_town}",
"entry[1]": "resourceType": "Coverage", "id": "{uuid3}", "status": "active",
"entry[1].subscriberId": "{member_id}", "entry[1].class[0]": "type": "group", "value": "{group_no}",
"entry[1].payor[0].display": "{payer}", "entry[1].beneficiary.display": "{pt_LF}",
"entry[2]": "resourceType": "RelatedPerson", "name": [ "text": "{rel_full}" ], "telecom": [ "value": "{rel_email}" ],
"entry[3]": "resourceType": "Device", "id": "{uuid4}", "udiCarrier": [ "carrierHRF": "{udi}" ], "serialNumber": "{implant_sn}",
"entry[3].deviceName": [ "name": "{brand}", "type": "manufacturer-name" ]
""",
)

TEMPLATES["si_fhir_flat_dump"] = _t(
    """
# flattened by fhir-to-kv {ver}, source {host}, run {job}
Patient.id = {fhir_pid}
Patient.identifier[0].value = {mrn}
Patient.identifier[1].system = http://hl7.org/fhir/sid/us-medicaid
Patient.identifier[1].value = {medicaid_id}
Patient.name[0].family = {pt_last}
Patient.name[0].given[0] = {pt_first}
Patient.birthDate = {dob_iso}
Patient.deceasedDateTime = {dis_isot}
Patient.address[0].line[0] = {street}
Patient.address[0].city = {city}
Patient.address[0].postalCode = {zip}
Patient.telecom[0].value = {pt_phone}
Observation.code.coding[0].code = {loinc2}
Observation.valueQuantity.value = {loinc2_val}
Observation.referenceRange[0].text = {loinc2_range} {loinc2_unit}
Observation.performer[0].display = {rn_lf}
Provenance.recorded = {ts1}
Provenance.agent[0].who.display = {u2_full}
""",
    """
# kv dump: MedicationRequest + Patient, tenant {org}
MedicationRequest.id: {uuid1}
MedicationRequest.identifier[0].type: Rx number
MedicationRequest.identifier[0].value: {rx_no}
MedicationRequest.authoredOn: {prev_iso}
MedicationRequest.requester.display: {d1_full}
MedicationRequest.requester.identifier.value: {d1_npi}
MedicationRequest.dosageInstruction[0].text: {dose}
MedicationRequest.medicationCodeableConcept.coding[0].code: {ndc}
MedicationRequest.dispenseRequest.quantity.value: {qty}
Patient.name[0].text: {pt_LF}
Patient.birthDate: {odob_iso}
Patient.extension[age-at-export].valueAge.value: {age90}
Patient.address[0].district: {county_full}
Patient.address[0].city: {city}
Patient.contact[0].name.text: {rel_full}
Patient.contact[0].telecom[0].value: {rel_phone}
""",
)

# --- X12 --------------------------------------------------------------------------------------------

TEMPLATES["si_x12_837p_claim"] = _t(
    """
ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*{payer_id}          *{isa_d}*{hhmm}*^*00501*{isa_ctrl}*0*P*:~
GS*HC*SUBMITTER01*{payer_id}*{gs_d}*{hhmm}*{gs_ctrl}*X*005010X222A1~
ST*837*{st_ctrl}*005010X222A1~
BHT*0019*00*{batch}*{gs_d}*{hhmm}*CH~
NM1*41*2*{org}*****46*{org_tin9}~
PER*IC*{u2_full}*TE*{d1_phone_digits}*EM*{d1_email}~
NM1*40*2*{payer}*****46*{payer_id}~
HL*1**20*1~
NM1*85*2*{org}*****XX*{org_npi}~
N3*{d1_street}~
N4*{d1_city}*{state}*{d1_zip}~
REF*EI*{org_tin9}~
HL*2*1*22*0~
SBR*P*18*{group_no}******CI~
NM1*IL*1*{pt_LAST}*{pt_FIRST}****MI*{member_id}~
N3*{STREET}*{UNIT}~
N4*{CITY}*{state}*{zip4}~
DMG*D8*{dob_hl7}*F~
NM1*PR*2*{payer}*****PI*{payer_id}~
CLM*{claim_no}*{money}***{pos}:B:1*Y*A*Y*Y~
DTP*431*D8*{prev_d}~
REF*G1*{auth_no}~
REF*EA*{mrn}~
HI*ABK:{icd1x}*ABF:{icd2x}~
NM1*82*1*{d1_LAST}*{d1_FIRST}****XX*{d1_npi}~
PRV*PE*PXC*207Q00000X~
LX*1~
SV1*HC:{cpt1}:{mod}*{money2}*UN*1***1~
DTP*472*D8*{adm_d}~
SE*{seg}*{st_ctrl}~
""",
    """
ST*837*{st_ctrl}*005010X223A2~BHT*0019*00*{batch}*{gs_d}*{hhmm}*CH~NM1*85*2*{FAC_TOWN}*****XX*{org_npi}~N3*{d1_street}~N4*{d1_city}*{state}*{d1_zip}~REF*EI*{org_tin}~HL*2*1*22*0~SBR*P*18*******MB~NM1*IL*1*{pt_LAST}*{pt_FIRST}****MI*{mbi}~N3*{STREET}~N4*{CITY}*{state}*{zip}~DMG*D8*{odob_hl7}*M~REF*SY*{ssn_digits}~CLM*{claim_no}*{money}***11:A:1**A*Y*Y~DTP*434*RD8*{adm_d}-{dis_d}~CL1*1*7*01~REF*EA*{mrn}~HI*ABK:{icd1x}~HI*BE:80:::{money3}~NM1*71*1*{d1_LAST}*{d1_FIRST}****XX*{d1_npi}~NM1*DN*1*{d2_LAST}*{d2_FIRST}****XX*{d2_npi}~LX*1~SV2*{rev}*HC:{cpt2}*{money2}*UN*1~DTP*472*D8*{adm_d}~SE*{seg}*{st_ctrl}~
""",
)

TEMPLATES["si_x12_835_remit"] = _t(
    """
ST*835*{st_ctrl}~
BPR*I*{money}*C*ACH*CCP*01*{bin}*DA*{isa_ctrl}*{org_tin9}**01*{bin}*DA*{trn}*{pay_d}~
TRN*1*{check_no}*1{org_tin9}~
DTM*405*{pay_d}~
N1*PR*{payer}~
PER*BL*PROVIDER SERVICES*TE*8005550100~
N1*PE*{org}*XX*{org_npi}~
LX*1~
CLP*{claim_no}*1*{money}*{money2}*{money3}*12*{payer_claim}*11*1~
NM1*QC*1*{pt_LAST}*{pt_FIRST}****MI*{member_id}~
NM1*82*1*{d1_LAST}*{d1_FIRST}****XX*{d1_npi}~
REF*EA*{mrn}~
DTM*232*{adm_d}~
DTM*233*{dis_d}~
SVC*HC:{cpt1}*{money2}*{money3}**1~
DTM*472*{adm_d}~
CAS*CO*45*{money3}~
AMT*B6*{money3}~
LQ*HE*N130~
SE*{seg}*{st_ctrl}~
""",
    """
# 835 parsed view, file ERA_{batch}.835 ({bytes} bytes) from {host}
CLP01 patient control no ...... {claim_no}
CLP02 status .................. 4 (denied)
CLP03 charge .................. {money}
CLP07 payer claim control ..... {payer_claim}
NM1*QC patient ................ {pt_LF}
NM1*QC member id .............. {member_id}
NM1*74 corrected insured ...... {pt_alias_last}, {pt_first}
NM1*82 rendering .............. {d1_LF}  NPI {d1_npi}
DTM*050 received .............. {prev_d}
CAS ........................... CO*16*{money}  (MA130, N290)
MOA ........................... MA01
payee ......................... {org} TIN {org_tin}
""",
)

TEMPLATES["si_x12_270_271_elig"] = _t(
    """
ST*270*{st_ctrl}*005010X279A1~
BHT*0022*13*{trn}*{gs_d}*{hhmm}~
HL*1**20*1~
NM1*PR*2*{payer}*****PI*{payer_id}~
HL*2*1*21*1~
NM1*1P*2*{org}*****XX*{org_npi}~
HL*3*2*22*0~
TRN*1*{trn}*9{org_tin9}~
NM1*IL*1*{pt_LAST}*{pt_FIRST}*{pt_alias_last}***MI*{member_id}~
REF*6P*{group_no}~
DMG*D8*{dob_hl7}~
DTP*291*D8*{appt_d}~
EQ*30~
SE*{seg}*{st_ctrl}~
""",
    """
ST*271*{st_ctrl}*005010X279A1~
BHT*0022*11*{trn}*{gs_d}*{hhmm}~
NM1*PR*2*{payer}*****PI*{payer_id}~
NM1*IL*1*{pt_LAST}*{pt_FIRST}****MI*{member_id}~
REF*6P*{group_no}*PPO SELECT~
REF*SY*{ssn_digits}~
N3*{STREET}~
N4*{CITY}*{state}*{zip4}~
DMG*D8*{dob_hl7}*F~
DTP*346*D8*{prev_d}~
EB*1*IND*30**PPO SELECT~
EB*C*IND*30***23*{money2}*****Y~
EB*B*IND*98***27*{money3}****Y~
MSG*PCP ON FILE~
LS*2120~
NM1*P3*1*{d2_LAST}*{d2_FIRST}****XX*{d2_npi}~
PER*IC**TE*{d1_phone_digits}~
LE*2120~
SE*{seg}*{st_ctrl}~
""",
)

TEMPLATES["si_x12_278_review"] = _t(
    """
ST*278*{st_ctrl}*005010X217~
BHT*0007*11*{trn}*{gs_d}*{hhmm}~
HL*1**20*1~
NM1*X3*2*{payer}*****PI*{payer_id}~
HL*2*1*21*1~
NM1*1P*1*{d1_LAST}*{d1_FIRST}****XX*{d1_npi}~
PER*IC*{u2_full}*TE*{d1_phone_digits}*FX*{d1_fax_digits}~
HL*3*2*22*1~
NM1*IL*1*{pt_LAST}*{pt_FIRST}****MI*{member_id}~
DMG*D8*{dob_hl7}~
HL*4*3*EV*0~
UM*AR*I*2*21:A**U~
HCR*A1*{auth_no}~
REF*BB*{auth_no}~
DTP*AAH*RD8*{adm_d}-{auth_to_d}~
HI*ABK:{icd1x}~
HSD*DY*{days}~
NM1*FA*2*{FAC_TOWN}*****XX*{org_npi}~
N3*{d1_street}~
N4*{d1_city}*{state}*{d1_zip}~
SE*{seg}*{st_ctrl}~
""",
    """
278 RESPONSE (pretty-printed by edi-viewer {ver})
  UM   request category ........ HS (health services review)
  HCR  action .................. A1 certified in total
  HCR  review id ............... {auth_no}
  DTP  certification period .... {adm_d} - {auth_to_d}
  NM1  subscriber .............. {pt_LAST}, {pt_FIRST}   MI {member_id}
  DMG  birth date .............. {dob_hl7}
  NM1  requester ............... {d1_LAST}, {d1_FIRST}   XX {d1_npi}
  PER  fax ..................... {d1_fax_digits}
  SV1  service ................. HC:{cpt1} x {qty}
  MSG  {etext} / units approved {count2}
""",
)

# --- NCPDP, C-CDA -----------------------------------------------------------------------------------

TEMPLATES["si_ncpdp_claim_fields"] = _t(
    """
NCPDP D.0 B1 request (switch trace {trace})
HDR  101-A1 BIN={bin}  102-A2 VER=D0  103-A3 CODE=B1  104-A4 PCN={pcn}  109-A9 CNT=1
     202-B2 QUAL=01  201-B1 SVC PROV ID={ncpdp_id}  401-D1 DOS={adm_d}  110-AK SOFTWARE={ver}
AM04 302-C2 CARDHOLDER ID={member_id}  312-CC FIRST={pt_FIRST}  313-CD LAST={pt_LAST}  301-C1 GROUP={group_no}  306-C6 REL=1
AM01 304-C4 DOB={dob_hl7}  305-C5 SEX=2  310-CA FIRST={pt_FIRST}  311-CB LAST={pt_LAST}
     322-CM ADDR={STREET}  323-CN CITY={CITY}  324-CO ST={state}  325-CP ZIP={zip}  326-CQ PHONE={pt_phone_digits}
AM07 455-EM=1  402-D2 RX NO={rx_no}  436-E1=03  407-D7 NDC={ndc11}  442-E7 QTY={qty}000  405-D5 DAYS={days}
     403-D3 FILL=0  414-DE WRITTEN={prev_d}  419-DJ=1  354-NX=1  420-DK=00
AM03 466-EZ=01  411-DB PRESCRIBER ID={d1_npi}  427-DR LAST={d1_LAST}  498-PM PHONE={d1_phone_digits}
AM11 409-D9 INGRED COST={money2}  412-DC DISP FEE={money3}  426-DQ U&C={money2}  430-DU GROSS={money2}
""",
    """
<STX>B1 response  txn {ctrl}  rt={lat}ms
RESPONSE HDR  102-A2=D0 103-A3=B1 109-A9=1 501-F1=A 201-B1={ncpdp_id} 401-D1={adm_d}
RESP MSG      504-F4=CLAIM PAID; PLAN LIMITS {qty} PER {days} DAYS
RESP PATIENT  310-CA={pt_FIRST}<FS>311-CB={pt_LAST}<FS>304-C4={dob_hl7}
RESP STATUS   112-AN=P<FS>503-F3={auth_no}<FS>547-5F=1<FS>548-6F=PA
RESP CLAIM    455-EM=1<FS>402-D2={rx_no}
RESP PRICING  505-F5={money3}<FS>506-F6={money2}<FS>509-F9={money2}
RESP DUR      439-E4=DD<FS>528-FS=2<FS>544-FY={ndc2_desc}
local note: pickup by {rel_full} (spouse), ID {dl_no}, counseled by {rn_lf} RPh
""",
)

TEMPLATES["si_ccda_xml_fragment"] = _t(
    """
<recordTarget>
  <patientRole>
    <id root="{oid}" extension="{mrn}" assigningAuthorityName="HFCH"/>
    <id root="2.16.840.1.113883.4.1" extension="{ssn}"/>
    <addr use="HP">
      <streetAddressLine>{street}</streetAddressLine>
      <streetAddressLine>{unit}</streetAddressLine>
      <city>{city}</city>
      <state>{state}</state>
      <postalCode>{zip}</postalCode>
      <country>US</country>
    </addr>
    <telecom use="HP" value="tel:{pt_phone_e164}"/>
    <telecom use="WP" value="mailto:{pt_email}"/>
    <patient>
      <name use="L"><given>{pt_first}</given><family>{pt_last}</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="{dob_hl7}"/>
      <guardian><guardianPerson><name><given>{rel_first}</given><family>{rel_last}</family></name></guardianPerson></guardian>
    </patient>
  </patientRole>
</recordTarget>
<author>
  <time value="{ht1}"/>
  <assignedAuthor>
    <id root="2.16.840.1.113883.4.6" extension="{d1_npi}"/>
    <telecom use="WP" value="fax:{d1_fax_e164}"/>
    <assignedPerson><name><prefix>Dr.</prefix><given>{d1_first}</given><family>{d1_last}</family></name></assignedPerson>
    <representedOrganization><id root="2.16.840.1.113883.4.6" extension="{org_npi}"/><name>{org}</name></representedOrganization>
  </assignedAuthor>
</author>
""",
    """
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.23"/>
  <code code="46264-8" codeSystem="2.16.840.1.113883.6.1" displayName="Medical equipment"/>
  <title>IMPLANTS</title>
  <entry>
    <procedure classCode="PROC" moodCode="EVN">
      <code code="{cpt1}" codeSystem="2.16.840.1.113883.6.12" displayName="{cpt1_desc}"/>
      <effectiveTime value="{adm_d}"/>
      <participant typeCode="DEV">
        <participantRole classCode="MANU">
          <id root="2.16.840.1.113883.3.3719" extension="{udi}"/>
          <playingDevice><code displayName="{brand}"/></playingDevice>
        </participantRole>
      </participant>
      <performer><assignedEntity><id root="2.16.840.1.113883.4.6" extension="{d1_npi}"/>
        <addr><streetAddressLine>{d1_street}</streetAddressLine><city>{d1_city}</city><state>{state}</state><postalCode>{d1_zip}</postalCode></addr>
        <telecom value="tel:{d1_phone}"/><telecom use="WP" value="fax:{d1_fax}"/>
        <assignedPerson><name>{d1_full}</name></assignedPerson>
      </assignedEntity></performer>
    </procedure>
  </entry>
  <entry><observation><text>Serial {implant_sn} registered to {pt_full} ({mrn}) on {dis_iso}.</text></observation></entry>
</section>
""",
    """
<ClinicalDocument xmlns="urn:hl7-org:v3">
<id root="{uuid1}"/>
<effectiveTime value="{ht1}"/>
<recordTarget><patientRole><id root="{oid}" extension="{mrn}"/>
<addr><streetAddressLine>{STREET}</streetAddressLine><city>{CITY}</city><postalCode>{zip4}</postalCode></addr>
<patient><name><given>{pt_FIRST}</given><given qualifier="CL">{pt_nick}</given><family>{pt_LAST}</family></name>
<birthTime value="{odob_hl7}"/></patient></patientRole></recordTarget>
<componentOf><encompassingEncounter><id root="{oid2}" extension="{visit_no}"/>
<effectiveTime><low value="{adm_hl7}"/><high value="{dis_hl7}"/></effectiveTime>
<location><healthCareFacility><location><name>{fac_town}</name></location></healthCareFacility></location>
</encompassingEncounter></componentOf>
<!-- age at encounter: {age90}; photo on file: {photo_id} -->
""",
)

# --- extracts and SQL -------------------------------------------------------------------------------

TEMPLATES["si_csv_warehouse_extract"] = _t(
    """
-- extract: dw.fact_encounter JOIN dim_patient, run {job} on {host}, {rows} rows scanned, 3 returned
mrn,empi,last_name,first_name,birth_dt,zip,enc_id,fin,admit_dt,disch_dt,drg,attending,attending_npi,total_chg
{mrn},{empi},"{pt_last}","{pt_first}",{dob_iso},{zip},{uuid1},{visit_no},{adm_isot},{dis_isot},{drg},"{d1_lf}",{d1_npi},{money}
{mrn},{empi},"{pt_last}","{pt_first}",{dob_iso},{zip},{uuid2},{acct},{prev_iso},,,"{d2_lf}",{d2_npi},{money2}
{mrn},{empi},"{pt_last}","{pt_first}",{dob_iso},{zip},{uuid3},,{appt_iso},,,,,0.00
""",
    """
PAT_ID|PAT_NAME|SEX|AGE_YRS|DOB|ADDR_LINE_1|CITY|STATE|ZIP|COUNTY|HOME_PHONE|EMAIL|PCP_NAME|PLAN_MEMBER_ID|LAST_ENC_DT|DX1
{mrn}|{pt_LF}|M|{age90}|{odob_us}|{STREET}|{CITY}|{state}|{zip}|{county}|{pt_phone}|{PT_EMAIL}|{d2_LF}|{member_id}|{adm_us}|{icd1}
""",
    """
# registry_cohort_v{ver}.csv  (cohort: {icd1} {icd1_desc}; n={count2})
"study_id","mrn","name","dob","enroll_dt","site","coordinator","coordinator_email","last_a1c","last_bp"
"{study_id}","{mrn}","{pt_full}","{dob_us}","{prev_us}","{fac_town}","{rn_full}","{d1_email}","{loinc1_val}","{bp}"
""",
)

TEMPLATES["si_tsv_registry_export"] = _t(
    """
incident_no\tinc_date\tinc_time\tscene_addr\tscene_city\tscene_county\tscene_zip\tveh_role\tveh_vin\tveh_plate\tpt_last\tpt_first\tpt_dob\tpt_age\tiss\tgcs\tdispo\tmrn
{case_no}\t{adm_iso}\t{hhmm}\t{street}\t{city}\t{county}\t{zip}\tDRIVER\t{vin}\t{plate}\t{pt_last}\t{pt_first}\t{dob_iso}\t{age_young2}\t{count2}\t{score}\tICU\t{mrn}
""",
    """
TRAUMA REGISTRY EXPORT  {form}  rows=1  generated {ts1}
FIELD                 VALUE
ED_ARRIVAL            {adm_ust}
PATIENT_NAME          {pt_LF}
DOB                   {odob_us}
AGE                   {age90}
HOME_ZIP              {zip}
INJURY_LOCATION       {street}, {city}
INJURY_COUNTY         {county_full}
VEHICLE_VIN           {vin}
VEHICLE_PLATE         {plate} ({state})
EMS_AGENCY            {org}
EMS_RUN_NO            {case_no}
TRAUMA_SURGEON        {d1_full}
ISS / RTS             {count2} / 7.84
""",
)

TEMPLATES["si_sql_insert_dump"] = _t(
    """
-- pg_dump excerpt, schema clinical, dumped by etl_svc on {host}
INSERT INTO clinical.patient (patient_id, mrn, last_name, first_name, birth_date, ssn, phone, email) VALUES ({count2}, '{mrn}', '{pt_sqllast}', '{pt_first}', '{dob_iso}', '{ssn}', '{pt_phone}', '{pt_email}');
INSERT INTO clinical.address (patient_id, line1, line2, city, state, zip, county) VALUES ({count2}, '{street}', '{unit}', '{city}', '{state}', '{zip}', '{county}');
INSERT INTO clinical.encounter (enc_uuid, patient_id, fin, admit_ts, discharge_ts, room, drg) VALUES ('{uuid1}', {count2}, '{visit_no}', '{st1}', '{st2}', '{room}', '{drg}');
INSERT INTO clinical.implant (enc_uuid, udi, serial_no, implanted_by, implant_npi) VALUES ('{uuid1}', '{udi}', '{implant_sn}', '{d1_sqllast}', '{d1_npi}');
""",
    """
INSERT INTO [dbo].[Guarantor] ([GuarantorID],[AccountNo],[LastName],[FirstName],[Street],[City],[Zip],[HomePhone],[SSN],[Employer]) VALUES (N'{uuid1}',N'{acct}',N'{rel_sqllast}',N'{rel_first}',N'{rel_street}',N'{rel_city}',N'{rel_zip}',N'{rel_phone}',N'{ssn_digits}',N'{org}');
INSERT INTO [dbo].[Coverage] ([AccountNo],[PayerName],[MemberID],[GroupNo],[SubscriberName],[EffDate]) VALUES (N'{acct}',N'{payer}',N'{member_id}',N'{group_no}',N'{rel_sqllast}, {rel_first}',N'{prev_iso}');
INSERT INTO [dbo].[Charge] ([AccountNo],[CPT],[Rev],[Amount],[ServiceDate]) VALUES (N'{acct}',N'{cpt1}',N'{rev}',{money2},N'{adm_iso}');
-- (3 rows affected)  elapsed {dur} ms
""",
)

TEMPLATES["si_sql_query_result"] = _t(
    """
ehr_prod=> \\x
Expanded display is on.
ehr_prod=> SELECT * FROM v_patient_summary WHERE mrn = '{mrn}';
-[ RECORD 1 ]----+------------------------------
mrn              | {mrn}
full_name        | {pt_LF}
birth_date       | {odob_iso}
age_years        | {age90}
address          | {street}
city             | {city}
zip              | {zip4}
home_phone       | {pt_phone}
pcp              | {d2_full}
pcp_npi          | {d2_npi}
last_visit       | {st1}
a1c_last         | {loinc1_val}
bp_last          | {bp}

Time: {lat}.{count2} ms
""",
    """
mysql> SELECT acct_no, fin, pt_name, adm_dt, dsch_dt, plan_id, bal FROM pb_accounts WHERE acct_no='{acct}';
+------------+-----------+----------------------+---------------------+---------------------+--------------+----------+
| acct_no    | fin       | pt_name              | adm_dt              | dsch_dt             | plan_id      | bal      |
+------------+-----------+----------------------+---------------------+---------------------+--------------+----------+
| {acct} | {visit_no} | {pt_LF} | {st1} | {st2} | {member_id} | {money2} |
+------------+-----------+----------------------+---------------------+---------------------+--------------+----------+
1 row in set ({lat} ms)
mysql> SELECT login_id, emp_name FROM users WHERE login_id='{u2_emp}';
| {u2_emp} | {u2_LF} |
""",
)

# --- logs -------------------------------------------------------------------------------------------

TEMPLATES["si_engine_log"] = _t(
    """
{lt1} INFO  [{channel}] conn=mllp://{host}:{port} recv ctrl={ctrl} type=ADT^A03 bytes={bytes}
{lt2} DEBUG [{channel}] PID-3={mrn} PID-5={pt_hl7} PID-7={dob_hl7} PV1-19={visit_no}
{lt3} INFO  [{channel}] ZBI-3 biometric ref {bio_palm} stripped before route (rule {policy})
{lt3} INFO  [{channel}] filter pass; route -> {channel2} ({host2}:{port2})
{lt4} WARN  [{channel2}] PV1-45 discharge dt {dis_hl7} precedes PV1-44 admit? false; PV1-7 {d1_hl7} not in provider master, NPI {d1_npi}
{lt5} INFO  [{channel2}] sent, ACK AA ctrl={ctrl2} rtt_ms={lat} rate={rate}/s
""",
    """
{sl1} {host} rhapsody[{count2}]: route=VXU_TO_STATE_IIS msgid={ctrl} patient="{pt_LF}" dob={dob_hl7} zip={zip} status=QUEUED
{sl2} {host} rhapsody[{count2}]: route=VXU_TO_STATE_IIS msgid={ctrl} http={http} iis_error="{etext}" retry={retry}
{sl3} {host} rhapsody[{count2}]: route=VXU_TO_STATE_IIS msgid={ctrl} NK1 "{rel_hl7}" phone={rel_phone} address="{rel_street}, {rel_city}"
{sl4} {host} rhapsody[{count2}]: route=VXU_TO_STATE_IIS remote={ip_ws}:{port} tls=1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384
""",
    """
[{ts1}] [worker-3] INFO  com.mirth.connect.server: Channel '{channel}' received message id={uuid1} source={host}:{port}
[{ts2}] [worker-3] ERROR Transformer step 4 'map PID': TypeError at line 88: PID.11.5 (zip) value '{zip}' failed regex; patient={mrn} name='{pt_full}'
[{ts3}] [worker-3] INFO  attachment stored: {doc_url} size={bytes}
[{ts4}] [worker-3] INFO  reprocessed by user {u2_emp} ({u2_full}) from console {ip_ws}
""",
)

TEMPLATES["si_dead_letter_queue"] = _t(
    """
=== DLQ {channel}.error  entry {count2} of {qdepth} ===
enqueued_at: {ts1}
reason: {ack} {ecode} {etext}
attempts: {retry}  last_error: {engine_err}
payload (first 4 segments):
MSH|^~\\&|LAB|MERIDIAN|EHR|HFCH|{ht1}||ORU^R01|{ctrl}|P|{hl7v}
PID|1||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}|F|||{street}^^{city}^{state}^{zip}||{pt_phone_hl7}
PV1|1|O|||||{d1_npi}^{d1_hl7}
OBR|1|{placer_no}|{filler_no}|{loinc1}^{loinc1_name}^LN|||{coll_hl7}
action: HOLD until provider master updated (ticket {job}, owner {role})
""",
    """
dead-letter/x12-837-out/{uuid1}.json
  "failedAt": "{ts2}",
  "errorCode": "{engine_err}",
  "errorText": "999 IK3*NM1*{seg}**8 / IK4*9**7 invalid member id '{member_id}'",
  "claimNo": "{claim_no}",
  "patient": "{pt_LF}",
  "dob": "{dob_iso}",
  "renderingNpi": "{d1_npi}",
  "submitterTin": "{org_tin}",
  "retryCount": {retry},
  "bytes": {bytes}
""",
    """
DLQ  fhir-bulk-import  partition 3 offset {count}  key={uuid2}
  at={ts1}  consumer={host}  lag={qdepth}
  cause=HAPI-0450: Failed to parse request body as JSON resource
  headers: x-correlation-id={corr} x-client-ip={ip_client}
  body[0..200]: "resourceType":"Patient","id":"{fhir_pid}","name":["family":"{pt_last}","given":["{pt_first}"]],"birthDate":"{dob_iso}","telecom":["value":"{pt_email}"
""",
)

TEMPLATES["si_ehr_audit_trail"] = _t(
    """
EVENT_TS                 USER_ID    USER_NAME              WORKSTATION      IP               ACTION          PATIENT_MRN  PATIENT
{st1}  {rn_emp}  {rn_LF}  WS-{ward}-{bed}  {ip_ws}  LOGIN/BIOMETRIC  -            -
{st2}  {rn_emp}  {rn_LF}  WS-{ward}-{bed}  {ip_ws}  CHART_OPEN      {mrn}  {pt_LF}
{st3}  {rn_emp}  {rn_LF}  WS-{ward}-{bed}  {ip_ws}  MAR_SCAN        {mrn}  {pt_LF}
{st4}  {u2_emp}  {u2_LF}  HIM-07  {ip_client}  BTG_ACCESS      {mrn}  {pt_LF}
auth detail: method=fingerprint template_id={bio_fp} match_score=0.{sample_n} reader=U.are.U 4500
btg reason: "family member ({pt_nick}) asked about results" - flagged for {policy} review
""",
    """
audit_id={uuid1} ts={ts1} actor.id={u2_emp} actor.name="{u2_full}" actor.role={role} src_ip={ip_client} event=PRINT object=FaceSheet patient.mrn={mrn} patient.name="{pt_full}" copies=1 printer={printer}
audit_id={uuid2} ts={ts2} actor.id={u2_emp} event=VIEW object=Photo photo_ref={photo_id} patient.mrn={mrn}
audit_id={uuid3} ts={ts3} actor.id=svc_palmsecure event=MATCH biometric.palm_template={bio_palm} patient.mrn={mrn} result=HIT score=0.{sample_n}
audit_id={uuid4} ts={ts4} actor.id={rn_emp} actor.name="{rn_full}" src_ip={ip_ws} event=EXPORT object=CCD patient.mrn={mrn} dest={d1_email}
""",
    """
ACCESS REPORT  patient {pt_LF}  MRN {mrn}  DOB {dob_us}   requested by Privacy Office ({policy} {policy_rev})
date/time             user                      dept        action                 source
{adm_ust}      {d1_LF}       {ward}        Note signed            {ip_ws}
{res_ust}      {rn_LF}       {ward}        Result viewed          {ip_ws}
{dis_ust}      {u2_LF}       PFS         Demographics updated   {ip_client}
  address changed to {street}, {city} {zip}; phone {pt_cell}
  identity verified by voiceprint {bio_voice} (IVR)
""",
)

TEMPLATES["si_api_access_log"] = _t(
    """
{ip_client} - {u2_emp} [{ng1}] "GET /fhir/r4/Patient/{fhir_pid} HTTP/1.1" {http} {bytes} "-" "okhttp/4.12.0" rt={lat}ms
{ip_client} - {u2_emp} [{ng2}] "GET /fhir/r4/Observation?patient={fhir_pid}&code={loinc1} HTTP/1.1" 200 {bytes} "-" "okhttp/4.12.0" rt={lat}ms
{ip_client} - {u2_emp} [{ng3}] "GET /media/photos/{photo_file} HTTP/1.1" 200 {bytes} "-" "okhttp/4.12.0"
{ip_ws} - - [{ng4}] "POST /oauth2/token HTTP/1.1" 401 87 "-" "curl/8.4.0"
""",
    """
ts={ts1} level=info svc=patient-api method=POST path=/v2/patients status={http} dur_ms={lat} client_ip={ip_client} req_id={corr}
  req.body: given="{pt_first}" family="{pt_last}" birthDate="{dob_iso}" phone="{pt_phone}" email="{pt_email}" ssn="{ssn}"
ts={ts2} level=warn svc=patient-api msg="PII logged in request body" req_id={corr} rule={policy}
ts={ts2} level=info svc=ivr-auth msg="caller verified" method=voiceprint voiceprint_id={bio_voice} ani={pt_phone} score=0.{sample_n}
ts={ts3} level=info svc=patient-api method=GET url={fhir_pt_url} status=200 dur_ms={dur} client_ip={ip_client}
ts={ts4} level=info svc=notify msg="portal link sent" to={pt_cell} link={portal_url}
""",
    """
2xx/4xx summary host={host} window=15m rps={rate} p99_ms={lat}
top client: {ip_client} ({count} req, user-agent "Epic-Interconnect/{ver}")
sample 404: GET https://api.example.com/v1/members/{member_id}/eligibility at {ts1}
sample 409: PUT /v1/accounts/{acct} (If-Match stale) at {ts2}
sample 200: GET {fhir_pt_url} at {ts3}
""",
)

TEMPLATES["si_deid_qa_report"] = _t(
    """
DE-IDENTIFICATION QA REPORT   pipeline deid-{ver}   batch {batch}   sample {sample_n} docs
Residual identifiers found by manual review (must be 0 for release):
  doc {uuid1} line 14  NAME      "{pt_full}"         (in signature block)
  doc {uuid1} line 14  NAME      "{d1_lf}"           (cc list)
  doc {uuid2} line 3   DATE      "{adm_us}"          (admit date in free text)
  doc {uuid2} line 9   AGE>89    "{age90}"           (not bucketed to 90+)
  doc {uuid3} line 22  LOCATION  "{street}"          (OCR'd envelope)
  doc {uuid3} line 22  LOCATION  "{city}"            (OCR'd envelope)
  doc {uuid4} line 5   PHONE     "{pt_phone}"
  doc {uuid4} line 6   PHOTO     "{photo_file}"      (attachment name)
  doc {uuid4} line 7   BIOMETRIC "{bio_iris}"        (iris enrollment ref in device log)
Not identifiers (kept): {icd1}, {cpt1}, "{eponym}", {dose}, age {age_young}, {year}, room {room}
recall on sample: {pct}%   reviewer: {rn_full}   policy {policy} {policy_rev}
""",
    """
ETL QA  job={job}  source=dw.notes  target=research.notes_deid  rows_in={rows}  rows_out={rows}
check                          result   detail
surrogate_dates_shifted        FAIL     1 row kept original date {dis_iso} (note {uuid1})
age_over_89_capped             FAIL     "{age90_words}-year-old" left in note {uuid2}
mrn_hashed                     FAIL     raw MRN {mrn} found in column note_title
names_masked                   FAIL     "{pt_lf}" and "{rel_full}" survive in note {uuid3}
biometric_ids_removed          FAIL     fingerprint template ref {bio_fp} in device_log
ssn_pattern_scan               PASS     0 hits in {rows} rows
zip3_truncation                FAIL     "{zip}" present ({city})
row_count_match                PASS     {rows2} / {rows2}
""",
)

TEMPLATES["si_zpl_label_stream"] = _t(
    """
^XA^PW812^LL203^CI28
^FO20,15^A0N,34,34^FD{pt_LF}^FS
^FO20,55^A0N,24,24^FDDOB {odob_us} ({age90}Y)  F^FS
^FO20,85^A0N,24,24^FDMRN {mrn}   FIN {visit_no}^FS
^FO20,115^A0N,22,22^FD{d1_LF}  {ward} {room}-{bed}^FS
^FO430,20^BY2^BCN,70,N,N,N^FD{mrn}^FS
^FO430,110^BQN,2,4^FDQA,{mrn}^FS
^PQ1^XZ
""",
    """
; spool {job} -> {printer} ({host2}:9100) {dpi}dpi
^XA^CI28
^FO15,10^A0N,26,26^FD{pt_LAST}, {pt_FIRST}^FS
^FO15,40^A0N,22,22^FD{dob_us}  {mrn}^FS
^FO15,65^A0N,22,22^FDACC {accession}  {coll_ust}^FS
^FO15,90^A0N,20,20^FD{loinc1_name}^FS
^FO15,115^BY2^BCN,50,Y,N,N^FD{specimen}^FS
^FO300,180^A0N,18,18^FDColl: {rn_emp} {stock_lot}^FS
^XZ
""",
    """
N
q609
A20,10,0,4,1,1,N,"{pt_LF}"
A20,50,0,3,1,1,N,"DOB:{dob_us} MRN:{mrn}"
A20,80,0,3,1,1,N,"RX#{rx_no} {ndc_desc}"
A20,110,0,2,1,1,N,"{dose}  Qty {qty}"
A20,135,0,2,1,1,N,"Dr. {d1_last}  Filled {adm_us}"
A20,160,0,2,1,1,N,"{street}, {city} {zip}"
B20,190,0,1,2,5,50,B,"{rx_no}"
P1
""",
)

TEMPLATES["si_device_middleware_export"] = _t(
    """
device_event_export v{ver}  source={host} ({engine})
event_ts,device_serial,model,device_ip,patient_mrn,patient_name,channel,drug,rate_ml_h,vtbi_ml,alarm,assoc_by
{ts1},{dev_sn},{pump_model},{ip_dev},{mrn},"{pt_LF}",A,{ndc_desc},{rate},250,NONE,{rn_emp}
{ts2},{dev_sn},{pump_model},{ip_dev},{mrn},"{pt_LF}",A,{ndc_desc},{rate},250,AIL-DOWNSTREAM,{rn_emp}
{ts3},{dev_sn},{pump_model},{ip_dev},{mrn},"{pt_LF}",B,{dose2},0,0,CHANNEL-OFF,{rn_emp}
library={drug_lib}  compliance={pct}%  guardrails overrides=2
""",
    """
MSH|^~\\&|DOC|GATEWAY^{oid}^ISO|EHR|HFCH|{ht1}||ORU^R01^ORU_R01|{ctrl}|P|2.6|||NE|AL||UNICODE UTF-8|||IHE_PCD_001
PID|||{mrn}^^^HFCH^MR||{pt_hl7}||{dob_hl7}
PV1||I|{ward}^{room}^{bed}
OBR|1|{uuid1}^GATEWAY|{uuid2}^GATEWAY|182777000^monitoring of patient^SCT|||{ht2}
OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X|||||||{mon_sn}^{brand}
OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|{hr}|264864^MDC_DIM_BEAT_PER_MIN^MDC|50-120||||R|||{ht2}
OBX|3|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.1.2.1|{spo2}|262688^MDC_DIM_PERCENT^MDC|90-100||||R|||{ht2}
NTE|1||bed association by {rn_full}; device IP {ip_dev}
""",
    """
CGM upload  receiver {dev_sn}  transmitter {implant_sn}  app {brand} {ver}
patient: {pt_full}  DOB {dob_iso}  clinic ID {mrn}
first reading {ts1}, last {ts5}, {count2} readings, TIR {pct}%
uploaded from {ip_client} by caregiver {rel_full} <{rel_email}>
""",
)

TEMPLATES["si_fax_server_log"] = _t(
    """
{lt1} JOB {count} queued  from={u2_emp} ({u2_lf})  to={d1_fax_e164}  pages=4  cover=RESULTS
{lt2} JOB {count} dialing {d1_fax_digits} line=2 modem=ttyIAX2
{lt3} JOB {count} connected remote CSID="{d1_fax_digits}" rate=14400 ECM
{lt4} JOB {count} sent 4/4 pages in {dur} ms  doc=results_{mrn}.pdf  re="{pt_LF}, DOB {dob_us}"
{lt5} JOB {count} done status=OK  billing_code={cpt1}
""",
    """
INBOUND FAX  rx={lt1}  CSID "{d1_fax}"  ANI {d1_phone}  pages={count2}
OCR header: "TO: Release of Information  FROM: {d2_full}, MD  FAX: {d1_fax}"
OCR page 1: "PATlENT: {pt_LF}  D0B: {dob_any}  SSN {ssn}"
OCR page 1: "Please send records for admission {adm_any} at {fac_town}"
routed to queue ROI-INBOUND by rule {policy}; indexed to MRN {mrn} by {u2_full} at {lt2}
""",
)

TEMPLATES["si_nemt_dispatch_feed"] = _t(
    """
trip_id={job} status=ASSIGNED at={ts1}
  rider="{pt_full}" member={medicaid_id} dob={dob_iso} mobility=WC
  pickup="{street} {unit}, {city} {zip}" window={t1}
  dropoff="{fac_town}, dialysis entrance"
  driver="{u2_full}" driver_id={u2_emp} vehicle_plate={plate} vin={vin} phone={rel_phone}
trip_id={job} status=PICKED_UP at={ts2} gps=fix odometer={count}
trip_id={job} status=NO_SHOW_RISK flag cleared by dispatcher {rn_full}
""",
    """
NEMT MANIFEST  broker {org}  run {batch}
seq  rider                  pickup                               appt                 vehicle      plate
1    {pt_LF}      {street}, {city}        {appt_ust}      VAN-{count2}     {plate}
     Medicaid {medicaid_id}   phone {pt_phone}   escort: {rel_full}
     vehicle VIN {vin}   driver {u2_LF}  cert {dl_no}
""",
)


# --- look-alike notes (no identifier) ---------------------------------------------------------------

NEGATIVE_TEMPLATES: tuple[str, ...] = _t(
    r"""
MSH|^~\&|EPIC|HFCH|{channel}|{org}|||ACK^A01^ACK|{ctrl2}|P|{hl7v}
MSA|{ack}|{ctrl}|{etext}
ERR||PID^1^8|{ecode}^{etext}^HL70357|E
""",
    r"""
MSH|^~\&|LIS|MERIDIAN|EHR|NGHP|||MFN^M08^MFN_M08|{ctrl}|P|{hl7v}
MFI|OMA^Numeric observation master file^HL70175||UPD|||NE
MFE|MAD|{batch}||{loinc1}^{loinc1_name}^LN
OM1|1|{loinc1}^{loinc1_name}^LN|NM|N|Y|{loinc1_name}||||||||||||||||||||||||||||
OM2|1|{loinc1_unit}|1|{loinc1_range}^^N|||
MFE|MAD|{batch}||{loinc2}^{loinc2_name}^LN
OM2|1|{loinc2_unit}|1|{loinc2_range}^^N|||
NTE|1||Performed at {org}, CLIA {clia}. Method change effective next calendar quarter; see {policy} {policy_rev}.
""",
    """
{t1} INFO  [{channel}] heartbeat ok peer={host}:{port} queue_depth={qdepth} rate={rate} msg/s
{t2} INFO  [{channel}] connection pool 8/16 active, idle timeout 300 s
{t3} WARN  [{channel2}] ACK timeout after {lat} ms, retry {retry} of 5 (peer {host2}:{port2})
{t4} INFO  [{channel2}] recovered; backlog {count2} drained in {dur} ms, {bytes} bytes
""",
    """
channel statistics ({engine}) snapshot at {t1}
name                 received   filtered   queued   sent      errored
{channel}    {count}       {count2}        {qdepth}      {count}      0
{channel2}   {rows}       0          {retry}        {rows}      {count2}
server {host} uptime 41d 06:12:09  heap 3.1/8.0 GB  threads 212
""",
    """
# 999 acknowledgement, interchange {isa_ctrl}, group {gs_ctrl}, received {t1}
ST*999*{st_ctrl}*005010X231A1~
AK1*HC*{gs_ctrl}*005010X222A1~
AK2*837*{st_ctrl}*005010X222A1~
IK5*A~
AK9*A*1*1*1~
SE*6*{st_ctrl}~
""",
    """
X12 005010X222A1 companion guide excerpt ({payer}, payer ID {payer_id}), version {ver}
Loop 2300 CLM05-1 place of service: {pos}; CLM05-3 frequency 1 original, 7 replacement, 8 void.
Loop 2400 SV1-01 HC:{cpt1}:{mod} - modifier {mod} required when billed with {cpt2} same day.
HI segment: ABK principal, ABF other; ICD-10-CM without decimal ({icd1x}, {icd2x}).
Maximum 50 service lines per claim; reject code {ecode} when exceeded. Submit to {host} port {port2}.
""",
    """
CHARGE MASTER EXTRACT  {org}  effective FY{year}
cdm_code|description|cpt_hcpcs|rev|price|status
{batch}|{cpt1_desc}|{cpt1}|{rev}|{money2}|A
{isa_ctrl}|{cpt2_desc}|{cpt2}|{rev2}|{money3}|A
{gs_ctrl}|{ndc_desc}|{hcpcs}|0636|{money3}|A
rows={rows2} md5=7f3c0a91e2b44d1c8a0b7e55d9c31f02
""",
    """
resourceType: CapabilityStatement
status: active
kind: instance
software:
  name: {engine}
  version: {ver}
fhirVersion: 4.0.1
format: [json, xml]
rest:
  - mode: server
    resource:
      - type: Patient
        interaction: [read, search-type]
        searchParam: [identifier, family, birthdate]
      - type: Observation
        searchParam: [patient, code, date]
""",
    """
resourceType: ValueSet
id: {uuid1}
name: LabPanelCodes
status: active
compose:
  include:
    - system: http://loinc.org
      concept:
        - code: {loinc1}
          display: {loinc1_name}
        - code: {loinc2}
          display: {loinc2_name}
    - system: http://snomed.info/sct
      concept:
        - code: "{snomed}"
          display: {snomed_desc}
""",
    """
"resourceType": "Observation", "id": "{uuid1}", "status": "final",
"code": "coding": [ "system": "http://loinc.org", "code": "{loinc1}", "display": "{loinc1_name}" ],
"valueQuantity": "value": {loinc1_val}, "unit": "{loinc1_unit}", "code": "{loinc1_unit}",
"referenceRange": [ "text": "{loinc1_range} {loinc1_unit}" ],
"interpretation": [ "coding": [ "code": "{loinc1_flag}" ] ],
"meta": "source": "#{trace}", "versionId": "{seg}"
""",
    """
CREATE TABLE clinical.encounter (
  enc_uuid      uuid PRIMARY KEY,
  patient_id    bigint NOT NULL REFERENCES clinical.patient,
  fin           varchar(20),
  admit_ts      timestamptz,
  drg           char(3),
  total_chg     numeric(12,2)
);
CREATE INDEX ix_enc_fin ON clinical.encounter (fin);
-- migration {ver}, applied in {dur} ms on {host}
""",
    """
ehr_prod=> SELECT drg, count(*), avg(los_days)::numeric(5,2), sum(total_chg) FROM dw.fact_encounter WHERE fiscal_year = {year} GROUP BY drg ORDER BY 2 DESC LIMIT 3;
 drg | count | avg  |     sum
-----+-------+------+-------------
 {drg} | {count2} | 4.31 | {money}
 871 |   {count2} | 6.02 | {money2}
 470 |   {seg} | 2.40 | {money3}
(3 rows)
Time: {lat}.512 ms
""",
    """
EXPLAIN ANALYZE SELECT * FROM lab_result WHERE loinc = '{loinc1}' AND value_num > 9;
Index Scan using ix_lab_loinc on lab_result  (cost=0.56..{count2}.20 rows={rows2} width=212) (actual time=0.041..{lat}.3 rows={rows2} loops=1)
  Index Cond: ((loinc)::text = '{loinc1}'::text)
  Filter: (value_num > '9'::numeric)
  Rows Removed by Filter: {count2}
Planning Time: 0.212 ms
Execution Time: {lat}.904 ms
""",
    """
ETL RUN SUMMARY  job={job}  pipeline=claims_to_dw v{ver}  host={host}
started {t1}  finished {t2}  duration {dur} ms
stage            rows_in    rows_out   rejected   notes
extract_837      {rows}     {rows}     0
map_dx           {rows}     {rows}     {count2}      unmapped ICD-10 {icd1} (retired code)
load_fact        {rows}     {rows}     0
checksum ok; next run per cron "*/15 * * * *"
""",
    """
DE-ID QA SUMMARY  batch {batch}  sample {sample_n} documents  pipeline {ver}
category        residual  note
names           0
dates           0         (years kept: {year})
ages>89         0         ages kept when <= 89, e.g. {age_young}
identifiers     0         MRN/acct hashed with salt v4
false positives {count2}      e.g. "{eponym}", "{brand}", "{dose}", LOINC {loinc1}
reviewer: {role}; sign-off per {policy} {policy_rev}
""",
    """
^XA
^FO20,20^A0N,30,30^FDSTAT^FS
^FO20,60^A0N,24,24^FD{loinc1_name}^FS
^FO20,95^A0N,22,22^FD{ward} {room}-{bed}^FS
^FO20,125^BY2^BCN,50,Y,N,N^FD{batch}^FS
^PQ2^XZ
; printer {printer} ({dpi} dpi) darkness 18, media 2x1 in, ribbon ok
""",
    """
~HS
PRINTER STATUS {printer}: paper out=0 pause=0 buffer full=0 labels remaining={count2}
head temp normal; under-temp=0; over-temp=0; ribbon out=0
firmware V{ver}; {dpi} dpi; host {host}:{port2}
""",
    """
device heartbeat export  source={host}
model,firmware,drug_library,status,battery_pct,last_sync_time
{pump_model},{ver},{drug_lib},IDLE,{spo2},{t1}
{pump_model},{ver},{drug_lib},INFUSING,{hr},{t2}
Sigma Spectrum IQ,8.02.01,{drug_lib},DOCKED,100,{t3}
fleet compliance {pct}%  library push queued for {count2} units
""",
    """
FAX SERVER DAILY STATS  {host}
lines up 4/4   jobs sent {count}   failed {count2}   avg pages 3.2   avg duration {dur} ms
top failure: NO CARRIER ({retry}), BUSY, T.30 DCN
cover sheet template {form} rev 7; retention per {policy}
""",
    """
API gateway rollup  window=5m  host={host}
route                               rps     p50_ms  p99_ms  4xx   5xx
GET /fhir/r4/Patient/:id            {rate}   {lat}      {dur}     {count2}    0
GET /fhir/r4/Observation?code=      {rate}   {lat}      {dur}     {retry}     1
POST /oauth2/token                  0.8     22      140     {count2}    0
circuit breaker closed; rate limit 600 rpm per client_id
""",
    """
NCPDP D.0 B1 payer sheet ({payer}) BIN {bin} PCN {pcn}
field          name                      usage
302-C2         cardholder id             M
301-C1         group id                  R
407-D7         product/service id        M, NDC 11 digit e.g. {ndc11} ({ndc_desc})
442-E7         quantity dispensed        M, 3 implied decimals ({qty}000)
405-D5         days supply               M, max {days}
reject 75 prior authorization required; reject 79 refill too soon
""",
    """
<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
  <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
  <title>MEDICATIONS</title>
  <text><table><tr><td>{ndc_desc}</td><td>{dose}</td></tr><tr><td>{ndc2_desc}</td><td>{dose2}</td></tr></table></text>
  <entry><substanceAdministration classCode="SBADM" moodCode="INT">
    <consumable><manufacturedProduct><manufacturedMaterial>
      <code code="{ndc}" codeSystem="2.16.840.1.113883.6.69" displayName="{ndc_desc}"/>
    </manufacturedMaterial></manufacturedProduct></consumable>
  </substanceAdministration></entry>
</section>
""",
    """
VACCINE INVENTORY  {org}  location {ward}
cvx  description                                   mvx                lot        doses_on_hand
{cvx}  {cvx_desc}   {mvx}   {vax_lot}    {count2}
141  Influenza, seasonal, injectable               SKB^GlaxoSmithKline  {stock_lot}  {retry}0
temp log: min 2.4 C max 7.1 C (range 2-8 C), alarm none; VFC pin {isa_ctrl}
""",
    """
audit config change  {t1}  actor=svc_interface  object=channel/{channel}
  field=retry_count old=3 new={retry}
  field=ack_timeout_ms old=30000 new={lat}
  field=peer new={host2}:{port2}
change ticket {job}; approved per {policy} {policy_rev}
""",
    """
interface error queue {channel}  depth {qdepth}
code        count   sample text
{ecode}        {count2}     {etext}
{engine_err}   {retry}       upstream closed connection
207         1       segment sequence error near OBX {seg}
oldest age 00:41:12  purge policy 30 d ({policy})
""",
    """
x12 835 balancing report  file ERA_{batch}.835  payer {payer} ({payer_id})
BPR02 total paid ........ {money}
sum CLP04 ............... {money}
PLB adjustments ......... -{money3} (WO, L6 interest)
claims {count2} paid, {retry} denied (CARC 16, 197; RARC N290, MA130)
payee {org} TIN {org_tin} NPI {org_npi}; check/EFT trace {check_no}
""",
)
