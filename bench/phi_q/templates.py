"""Set Q's document types: machine-made and system text around the record (logs, interface messages,
exports, print jobs, transcripts, OCR). ``{key}`` is filled from ``values``; no literal braces anywhere."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "ehr_access_audit_trail": (
        """# chart access audit -- export {ver} -- facility={facility}
{ts1} user_id={emp} user_name="{staff}" role="{role}" ws={station} src_ip={ip} action=OPEN_CHART mrn={mrn} enc={fin} result=OK session={session}
{ts2} user_id={emp} user_name="{staff}" role="{role}" ws={station} src_ip={ip} action=VIEW_NOTE mrn={mrn} note_type=H&P dx={icd} result=OK
{ts3} user_id={emp2} user_name="{nurse}" role="{role2}" ws={station} src_ip={ip2} action=PRINT_FACESHEET mrn={mrn} pt="{pt_comma}" dob={dob_iso} result={http}
{ts4} user_id={emp} action=LOGOFF session={session} dur={dur}""",
        """AUDIT|{tsp1}|{staff_hl7}|{emp}|READ|PATIENT|{mrn}|{pt_hl7}|{ip}|OK|trace={trace}
AUDIT|{tsp2}|{staff_hl7}|{emp}|READ|RESULT|{mrn}|{pt_hl7}|{ip}|OK|loinc={loinc}
AUDIT|{tsp3}|{staff_hl7}|{emp}|EXPORT|CCD|{mrn}|{pt_hl7}|{ip6}|DENIED|{err}
-- flagged by privacy monitor rule {count2}: same last name as patient (employee {staff_last}, patient {pt_last}); reviewer {clerk} notified {visit_noyear}""",
        """Zugriffsprotokoll / access log   Mandant {count2}   Version {ver4}
Zeitpunkt            Benutzer            Pers.-Nr.   Patient                 PID        Fall          Arbeitsplatz    Aktion
{teu1}     {staff}     {emp}     {pt}     {mrn}     {fin}     {ip}     Akte geöffnet
{teu2}     {staff}     {emp}     {pt}     {mrn}     {fin}     {ip}     Befund gelesen ({lab})
{teu3}     {tech}     {emp2}     {pt}     {mrn}     {fin}     {ip2}     Druck Arztbrief
Patient: geb. {dob_eu}, wohnhaft {ab_street}, {ab_post} {ab_town}.""",
    ),
    "break_glass_override": (
        """*** BREAK-THE-GLASS ACCESS ***
Time: {tam1}
Clinician: {doc} ({role}), login {emp}, NPI {npi}
Patient: {pt_caps}  MRN {mrn}  DOB {dob}  Age {age}
Restriction: VIP / confidential encounter at {facility}
Reason selected: "Emergency - patient unable to consent"
Free text: "pt found down at {street}, {city}, brought by EMS, need med list and allergy hx ({drug}), family ({rel}) reachable at {phone}"
Second factor: fingerprint template {bio_fp} matched (score {count2})
Photo on file: {photo2}. Auto-expire: {dur}. Privacy office case {case} opened {other}.""",
        """btg_event ts={ts1} user={emp} name="{staff}" pt_mrn={mrn} pt_name="{pt}" pt_dob={dob_iso} reason_code=CONT_CARE
btg_text="covering for {doc_first} {doc_last} overnight on {ward}, pt is {age_word} yrs old, daughter {rel_first} called from {phone2} asking about {eponym} workup"
btg_review status=PENDING reviewer="{clerk}" due={other_iso} ref={case} hash={sha}""",
    ),
    "ccda_xml_snippet": (
        """<recordTarget><patientRole>
  <id root="{oid}" extension="{mrn}"/>
  <id root="2.16.840.1.113883.4.1" extension="{ssn}"/>
  <addr use="HP"><streetAddressLine>{street}</streetAddressLine><streetAddressLine>{unit}</streetAddressLine><city>{city}</city><state>{state}</state><postalCode>{zip4}</postalCode></addr>
  <telecom use="HP" value="tel:{phone}"/><telecom value="mailto:{email}"/>
  <patient><name><given>{pt_first}</given><family>{pt_last}</family></name>
   <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="{dob_compact}"/></patient>
</patientRole></recordTarget>
<author><time value="{ths1}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{npi}"/>
  <telecom use="WP" value="fax:{fax}"/><assignedPerson><name><prefix>Dr.</prefix><given>{doc_first}</given><family>{doc_last}</family></name></assignedPerson>
  <representedOrganization><name>{facility}</name></representedOrganization></assignedAuthor></author>""",
        """<section><code code="{loinc}" codeSystem="2.16.840.1.113883.6.1"/><title>Procedures</title>
 <entry><procedure classCode="PROC" moodCode="EVN"><code code="{snomed}" codeSystem="{oid2}"/>
  <effectiveTime value="{visit_compact}"/>
  <participant typeCode="DEV"><participantRole><id root="2.16.840.1.113883.3.3719" extension="{udi}"/>
   <playingDevice><code displayName="{brand}"/></playingDevice></participantRole></participant>
  <performer><assignedEntity><id extension="{npi2}" root="2.16.840.1.113883.4.6"/><assignedPerson><name>{doc}</name></assignedPerson></assignedEntity></performer>
 </procedure></entry></section>
<component><observation><code code="{loinc2}"/><value xsi:type="PQ" value="{hr}" unit="/min"/><effectiveTime value="{th2}"/></observation></component>
<observationMedia><value mediaType="image/jpeg" reference="{wound_img}"/></observationMedia>
<!-- patient {pt_comma} age {age} per registration, guardian {rel} -->""",
        """<ClinicalDocument>
 <effectiveTime value="{ths1}"/>
 <recordTarget><patientRole><id extension="{empi}" root="{oid}"/>
  <addr><streetAddressLine>{street_caps}</streetAddressLine><city>{city_caps}</city><county>{county}</county><postalCode>{zip}</postalCode></addr>
  <patient><name use="L"><given>{pt_first}</given><given>{pt_last}</given></name><birthTime value="{dob_compact}"/>
  <guardian><guardianPerson><name>{rel}</name></guardianPerson><telecom value="tel:{cell}"/></guardian></patient>
 </patientRole></recordTarget>
 <participant typeCode="HLDR"><associatedEntity classCode="POLHOLD"><id extension="{member}"/><id extension="{group}" root="{oid2}"/></associatedEntity></participant>
 <encompassingEncounter><id extension="{fin}"/><effectiveTime><low value="{visit_compact}"/><high value="{other_compact}"/></effectiveTime>
  <location><healthCareFacility><location><name>{facility}</name></location></healthCareFacility></location></encompassingEncounter>
</ClinicalDocument>""",
    ),
    "fhir_resource_printout": (
        """Bundle  type: "searchset"  total: 1  link.self: "{url}"
  entry[0].resource:
    resourceType: "Patient"
    identifier: [
      system: "urn:oid:{oid}"  value: "{mrn}"
      system: "http://hl7.org/fhir/sid/us-ssn"  value: "{ssn}"
      system: "urn:oid:2.16.840.1.113883.4.3.29"  value: "{dl}"  (driver's license)
    ]
    name: [ family: "{pt_last}"  given: [ "{pt_first}" ] ]
    telecom: [ system: "phone"  value: "{phone}" ;  system: "email"  value: "{email}" ]
    birthDate: "{dob_iso}"
    address: [ line: [ "{street}", "{unit}" ]  city: "{city}"  district: "{county}"  state: "{state}"  postalCode: "{zip}" ]
    meta.lastUpdated: "{ts1}"  meta.versionId: "{count2}"
  response.status: "{http}" """,
        """resourceType = Coverage
status = active
subscriberId = {member}
beneficiary.display = {pt}
beneficiary.reference = {url2}
class[0].type = group   class[0].value = {group}
payor[0].display = Northwind Mutual Health
period.start = {visit_iso}
--
resourceType = Practitioner
identifier[0].system = http://hl7.org/fhir/sid/us-npi   identifier[0].value = {npi}
name[0].text = {doc}
telecom[0] = fax {fax}
--
resourceType = Device
udiCarrier[0].carrierHRF = {udi}
serialNumber = {serial}
deviceName[0].name = {brand}   modelNumber = {model}
patient.display = {pt}   (note: recorded {ts2})""",
        """OperationOutcome after POST /fhir/R4/Patient  ({http}, {ms})
  issue[0].severity: error   issue[0].code: duplicate
  issue[0].diagnostics: "Patient with identifier {mrn} already exists: {pt_caps}, born {dob}, MBI {mbi}"
  issue[0].expression: [ "Patient.identifier[1]" ]
  issue[0].details.text: "see {url}"
  request.source: "{ip}"   request.id: "{req}"   received: "{ts1}"
  contact.point: "{email2}"  -- submitted by integration user {staff} ({emp})
  extension[birthPlace].valueAddress.city: "{city2}" """,
    ),
    "dicom_tag_listing": (
        """# dcmdump (file format: little endian explicit, {tsuid})
(0008,0016) UI =CT Image Storage                    # {sop}
(0008,0020) DA [{visit_compact}]                            # StudyDate
(0008,0030) TM [{time2}00]                              # StudyTime
(0008,0050) SH [{accession}]                           # AccessionNumber
(0008,0080) LO [{facility_caps}]                # InstitutionName
(0008,0090) PN [{doc_dicom}]                           # ReferringPhysicianName
(0010,0010) PN [{pt_dicom}]                            # PatientName
(0010,0020) LO [{mrn}]                             # PatientID
(0010,0030) DA [{old_dob_compact}]                            # PatientBirthDate
(0010,1010) AS [{age_dicom}Y]                                # PatientAge
(0010,1040) LO [{street_caps} {city_caps} {state}]   # PatientAddress
(0018,1000) LO [{serial2}]                           # DeviceSerialNumber
(0018,0015) CS [{body}]                              # BodyPartExamined
(0032,1032) PN [{tech_hl7}]                          # RequestingPhysician""",
        """---- DICOM header (selected) ----
PatientName ............ {pt_dicom}
PatientID .............. {mrn}
OtherPatientIDs ........ {empi}
PatientBirthDate ....... {dob_compact}
PatientAge ............. {young_dicom}Y
PatientTelephoneNumbers  {phone}
StudyDate / SeriesDate . {visit_compact} / {visit_compact}
Modality ............... {modality}   SOPClassUID {sop}
AccessionNumber ........ {accession}
OperatorsName .......... {tech_hl7}
PerformingPhysicianName  {doc_dicom}
StationName ............ {station}   SoftwareVersions {ver}
Comments: prior {modality} {prior_compact}, contrast {dose} ({drug})""",
        """(0010,0010) PatientName        PN  "{pt_hl7}"
(0010,0020) PatientID          LO  "{mrn}"
(0010,0021) IssuerOfPatientID  LO  "{facility}"
(0010,0030) PatientBirthDate   DA  "{old_dob_compact}"
(0010,1010) PatientAge         AS  "{age_dicom}Y"
(0010,2154) PatientTelephone   SH  "{phone_plain}"
(0010,1000) OtherPatientIDs    LO  "{mrn2}"
(0008,0022) AcquisitionDate    DA  "{visit_compact}"
(0008,0050) AccessionNumber    SH  "{accession}"
(0040,0244) PPSStartDate       DA  "{visit_compact}"
(0002,0010) TransferSyntaxUID  UI  "{tsuid}"
(0018,1020) SoftwareVersions   LO  "{ver4}"   implementation port {port}""",
    ),
    "pacs_worklist_dump": (
        """MWL query  AE=WL_{modality}01  host {ip}:{port}  {tsp1}
#  ScheduledStart     AccessionNo       PatientID     PatientName              DOB         Sex  Procedure           Ref.Phys
1  {th2}      {accession}     {mrn}     {pt_dicom}     {dob_compact}    M    {modality} {body} W/O     {doc_dicom}
   ScheduledStationAETitle CT_{count2}   Location: {facility}, room {room}
   RequestedProcedureComments: "pt {age} y/o, hard of hearing, daughter {rel} {phone} to accompany"
matches returned: 1   elapsed {ms}""",
        """worklist_export.csv
"sched_dt","acc","pid","name","birth","age","modality","room","ordering","contact"
"{tus1}","{accession}","{mrn}","{pt_comma}","{dob_us}","{age}","{modality}","{room}","{doc_comma}","{phone_dash}"
"{tus2}","{specimen}","{mrn}","{pt_comma}","{dob_us}","{age}","NM","{room}","{doc_comma}","{phone_dash}"
# generated by {brand} {ver} on workstation {station} ({ip2})""",
    ),
    "astm_analyzer_record": (
        """H|\\^&|||{brand}^{ver}|||||||P|1394-97|{ths1}
P|1||{mrn}||{pt_hl7}||{dob_compact}|F|||||{doc_hl7}
O|1|{specimen}||^^^GLU^^^^^|R|{ths2}|||||N||||SERUM
R|1|^^^GLU|{lab}|mg/dL|70 to 99|H||F||{tech_hl7}||{ths3}
C|1|I|sample received at {facility} draw station, courier {staff_first}|G
L|1|N""",
        """<STX>1H|@^\\|{ctl}||LIS^{ver}|||||||P|E 1394-97|{ths1}<CR>
2P|1|{accession}|{mrn}||{pt_last_caps}^{pt_first_caps}||{dob_compact}|M||{street_caps}^^{city_caps}^{state}^{zip}||{phone_plain}|{doc_last_caps}<CR>
3O|1|{specimen}|^{count2}^1|^^^CBC\\^^^BMP|S|{ths2}<CR>
4R|1|^^^K|{lab2}||||N||||{ths3}<CR>
5L|1|N<CR><ETX>""",
    ),
    "hl7v2_oru_feed": (
        """MSH|^~\\&|LAB|{facility_caps}|EHR|MAIN|{ths1}||ORU^R01^ORU_R01|{ctl}|P|{hl7ver}
PID|1||{mrn}^^^MRN~{empi}^^^EMPI||{pt_hl7}||{dob_compact}|F|||{street_caps}^{unit_caps}^{city_caps}^{state}^{zip}||{phone_plain}^PRN^PH~^NET^Internet^{email}|||||{acct}|{ssn_dash}
PV1|1|O|{ward}^{room}^{bed}||||{npi}^{doc_last_caps}^{doc_first_caps}^^^^MD
ORC|RE|{rx}|{accession}||CM||||{ths2}|||{npi}^{doc_last_caps}^{doc_first_caps}|||||||||{facility}|||^^^^^^^^^fax {fax}
OBR|1||{accession}|{loinc}^Basic metabolic panel^LN|||{ths2}
OBX|1|NM|{loinc2}^Potassium^LN||{lab}||3.5-5.1|N|||F|||{ths3}""",
        """MSH|^~\\&|RIS|IMG|EHR||{th1}||ORU^R01|{ctl}|P|2.5.1
PID|||{mrn}||{pt_hl7}||{old_dob_compact}||||{street}^^{city}^{state}^{zip4}|||||||{fin}|{ssn_plain}
PV1||E|ED||||{doc_hl7}
OBR|1|{accession}||{cpt}^{modality} {body}|||{th2}|||||||||{doc_hl7}
OBX|1|TX|||Age {age} years. Compared with {prior}. No acute findings. Dictated by {doc_comma}||||||F
NTE|1||Called to {nurse} at {phone_ext}; result faxed to {fax2}""",
        """MSH^~|\\&^PATHNET^{facility_caps}^^^{th1}^^ORU~R01^{ctl}^P^2.3
PID^1^^{mrn}~~~MR^^{pt_last_caps}~{pt_first_caps}^^{dob_compact}^M^^^{street_caps}~~{city_caps}~{state}~{zip}^^{phone_dash}^^^^^{acct}^{ssn}
OBR^1^{specimen}^{accession}^88305~Surgical pathology^^^{th2}^^^^^^^^^{doc_last_caps}~{doc_first_caps}
OBX^1^FT^^^Gross: received in formalin labelled "{pt_caps}" and "{mrn}".^^^^^^F
OBX^2^FT^^^Clinical: {eponym}; hx {drug}; collected {visit}.^^^^^^F""",
    ),
    "ncpdp_script_newrx": (
        """<NewRx>
 <Header><To Qualifier="P">{ncpdp}</To><From Qualifier="C">{npi}</From><MessageID>{ctl}</MessageID><SentTime>{ts1}</SentTime></Header>
 <Prescriber><NonVeterinarian><Identification><NPI>{npi}</NPI><DEANumber>{dea}</DEANumber><StateLicenseNumber>{lic}</StateLicenseNumber></Identification>
  <Name><LastName>{doc_last}</LastName><FirstName>{doc_first}</FirstName></Name>
  <CommunicationNumbers><PrimaryTelephone><Number>{phone_plain}</Number></PrimaryTelephone><Fax><Number>{fax_plain}</Number></Fax></CommunicationNumbers></NonVeterinarian></Prescriber>
 <Patient><HumanPatient><Name><LastName>{pt_last}</LastName><FirstName>{pt_first}</FirstName></Name><DateOfBirth><Date>{dob_iso}</Date></DateOfBirth>
  <Address><AddressLine1>{street}</AddressLine1><City>{city}</City><StateProvince>{state}</StateProvince><PostalCode>{zip}</PostalCode></Address></HumanPatient></Patient>
 <MedicationPrescribed><DrugDescription>{drug} {dose}</DrugDescription><DrugCoded><ProductCode>{ndc}</ProductCode></DrugCoded><Sig>{dose2}</Sig><WrittenDate>{visit_iso}</WrittenDate></MedicationPrescribed>
 <BenefitsCoordination><CardholderID>{member}</CardholderID><GroupID>{group}</GroupID></BenefitsCoordination>
</NewRx>""",
        """SCRIPT RxRenewalRequest  msg {ctl}  sent {tsp1}
Pharmacy: {facility}, {street2}, {city2} {state2} {zip2}  ph {phone2}  fax {fax}
Pharmacist: {pharm}, RPh  lic {lic}
Rx# {rx}  last filled {prior}  drug {drug} {dose}  qty {count}  refills 0
Patient: {pt_comma}  DOB {dob}  ph {phone}
Prescriber: {doc_comma}  NPI {npi}  DEA {dea}
Note from pharmacy: "pt states she is moving to {city} on {other_noyear}, please send to new store"
Status {err} / route {queue}""",
        """CancelRx / CancelRxResponse  relates-to {ctl2}
  prescriber.npi ........ {npi2}
  prescriber.dea ........ {dea}
  prescriber.name ....... {doc_caps}
  patient.name .......... {pt_caps}
  patient.dob ........... {dob_compact}
  patient.medicare_mbi .. {mbi}
  rx_reference .......... {rx}
  prior_auth ............ {pa}
  denial reason ......... "duplicate therapy with {drug2}"
  transmitted ........... {tsp2} from {ip}""",
    ),
    "x12_270_271_exchange": (
        """ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER99        *{visit_short}*{time2}*^*00501*{isa13}*0*P*:~
GS*HS*SUBMITTER01*PAYER99*{visit_compact}*{time2}*{gs06}*X*005010X279A1~
ST*270*{st02}*005010X279A1~
BHT*0022*13*{trn}*{visit_compact}*{time2}~
NM1*1P*2*{facility_caps}*****XX*{npi}~
NM1*IL*1*{pt_last_caps}*{pt_first_caps}****MI*{member}~
REF*SY*{ssn_plain}~
DMG*D8*{dob_compact}*F~
DTP*291*D8*{visit_compact}~
EQ*30~
SE*{count2}*{st02}~""",
        """271 response ({http}) trace {trn}
NM1*IL*1*{pt_last_caps}*{pt_first_caps}*{pt_first_caps}***MI*{mbi}~
N3*{street_caps}*{unit_caps}~
N4*{city_caps}*{state}*{zip4}~
DMG*D8*{old_dob_compact}~
EB*1*IND*30**MEDICARE PART B~
DTP*346*D8*{prior_compact}~
EB*R**30*OT*SUPPLEMENTAL~REF*6P*{group}~REF*1L*{member}~
PER*IC*PROVIDER SERVICES*TE*{phone_plain}*FX*{fax_plain}*EM*{email2}~
MSG*MEMBER AGE {age} ON DATE OF SERVICE; DEDUCTIBLE MET {money}~""",
        """Elegibilidad / eligibility reply, interchange {isa13}
Afiliado (subscriber): {pt_caps}   Nº de afiliado: {member}   Grupo: {group}
Fecha de nacimiento: {dob_foreign}   Dirección: {ab_street}, {ab_post} {ab_town}
Medicaid secundario: {medicaid}   vigente desde {visit_foreign}
Proveedor: {doc} NPI {npi}   Tel. {phone_intl}
Copago {money2}   código {cpt}   Diagnóstico {icd}""",
    ),
    "x12_837_claim_excerpt": (
        """ST*837*{st02}*005010X222A1~
BHT*0019*00*{trn}*{visit_compact}*{time2}*CH~
NM1*85*2*{facility_caps}*****XX*{npi}~
N3*{street2}~N4*{city2}*{state2}*{zip2}~
REF*EI*{isa13}~
NM1*IL*1*{pt_last_caps}*{pt_first_caps}****MI*{member}~
N3*{street_caps}~N4*{city_caps}*{state}*{zip}~
DMG*D8*{dob_compact}*M~
CLM*{claim}*{money2}***11:B:1*Y*A*Y*Y~
REF*G1*{pa}~
HI*ABK:{icd}*ABF:{icd2}~
NM1*82*1*{doc_last_caps}*{doc_first_caps}****XX*{npi2}~
SV1*HC:{cpt}*{money2}*UN*1***1~DTP*472*D8*{visit_compact}~
SE*{count}*{st02}~""",
        """claim line export (pipe)  batch {ctl}
claim_no|patient_acct|member_id|patient|dob|dos|rendering_npi|cpt|icd|billed
{claim}|{acct}|{mbi}|{pt_hl7}|{dob_us}|{visit_us}|{npi}|{cpt}|{icd}|{money}
{claim}|{acct}|{mbi}|{pt_hl7}|{dob_us}|{other}|{npi}|{cpt2}|{icd2}|{money2}
rejection 277CA: {err} - subscriber name mismatch ({pt_last_caps} vs {rel_caps}); resubmit by {other_noyear}""",
        """CLM01 (patient control no.) ..... {claim}
CLM05 ........................... 11:B:1
2010BA subscriber ............... {pt_comma}   ID {member}
2010BA address .................. {street}, {city} {state} {zip4}
2300 DTP*435 admission .......... {th1}
2300 DTP*096 discharge .......... {th3}
2300 REF*EA medical record no ... {mrn}
2300 REF*F8 payer claim ctl ..... {claim}
2310A attending ................. {doc_comma}  NPI {npi}
2310B license ................... {lic}
HI ............................... {icd} / {icd2}   total {money}""",
    ),
    "scheduling_csv_dump": (
        """"appt_id","appt_dt","pat_name","mrn","dob","phone","email","provider","location","status"
"{ctl2}","{tus1}","{pt_comma}","{mrn}","{dob_us}","{phone}","{email}","{doc_comma}","{facility}","CONFIRMED"
"{trace}","{tus2}","{pt_comma}","{mrn}","{dob_us}","{phone}","{email}","{doc_comma}","{facility}","NO SHOW"
"{st02}","{tus3}","{rel}","{mrn2}","{other_iso}","{phone2}","{email_rel}","{doc_comma}","{facility}","BUMPED"
-- rows {count}  exported by {staff} at {time_ampm}  filter: dept={dept}""",
        """APPT-EXPORT   FIXED WIDTH   REC LEN 180
DATE      TIME  PATIENT NAME              MRN           DOB        PHONE           INSURANCE ID     VISIT
{visit_us} {time} {pt_caps}     {mrn}    {dob_us} {phone_dash}    {member}    NEW PT
{other_iso} {time} {pt_caps}     {mrn}    {dob_us} {phone_dash}    {member}    F/U {dur}
{prior} 0000 {rel_caps}     {mrn2}    {old_dob} {phone2}    {medicaid}    WAITLIST
TRAILER COUNT={count2} EXPORTED {tsp4}""",
        """Terminplan Ambulanz\tExport {ver}
Datum\tUhrzeit\tName\tGeburtsdatum\tPatientennr.\tTelefon\tAnschrift
{teu1}\t{time}\t{pt}\t{dob_eu}\t{mrn}\t{phone_intl}\t{ab_street}, {ab_post} {ab_town}
{teu2}\t{time2}\t{rel}\t{dob_foreign}\t{mrn2}\t{phone_intl}\t{ab_street}, {ab_post} {ab_town}
Arzt: {doc}   Raum {room}   Hinweis: {eponym}""",
    ),
    "sms_gateway_reminder_log": (
        """sms-gw[{count}]: {tsy1} OUT to={cell} tpl=APPT_REMIND_24H mrn={mrn} status=queued id={req}
sms-gw[{count}]: {tsy1} body="Hi {pt_first}, reminder: {visit_noyear} at {time_ampm} with Dr. {doc_last} at {facility}. Reply C to confirm, call {phone2} or visit {url} to change."
sms-gw[{count}]: {tsy2} DLR to={cell} status=DELIVERED carrier_code={err}
sms-gw[{count}]: {tsy3} IN from={cell} body="C. also my new address is {street} {unit}, {city} {zip}"
sms-gw[{count}]: {tsy3} handoff to registration queue {queue}, assigned {clerk}""",
        """2-way text log   campaign FLU-{year}
{tus1}  ->  {phone}   "{pt_first_caps}, your {drug} refill (Rx {rx}) is ready at {facility}. Pick up by {other_noyear} or pay at {url2}"
{tus2}  <-  {phone}   "this is {rel_first} her husband, she passed on {prior}, please stop texting"
{tus3}  ->  {phone}   [auto] "We're sorry for your loss. Reply STOP to opt out."
{tus4}  opt-out recorded by {staff} (ext. note: acct {acct})""",
        """[SMS] {ts1} send ok msisdn={cell} pt="{pt_first_lower}" msg="valet ticket for plate {plate} is ready at the {city} entrance" cost={money2}
[SMS] {ts2} send ok msisdn={cell} msg="Tu cita es el {visit_foreign} en {facility}. Dirección: {street2}."
[SMS] {ts3} reply msisdn={cell} text="ok gracias, soy {pt_first}, nací el {dob}"
[SMS] {ts4} link sent msisdn={cell} url={url} ttl={dur}""",
    ),
    "ivr_call_record": (
        """IVR CALL 00{count}  start {tsp1}  ANI {phone}  DNIS {phone2}
[00:02] SYSTEM: Please say or enter your date of birth.
[00:07] CALLER: uh {dob_written}
[00:11] SYSTEM: Thank you. Please say your full name.
[00:15] CALLER: {pt_lower} ... {pt_last}
[00:19] SYSTEM: Voice verification ... matched voiceprint {bio_voice}.
[00:25] CALLER: I need to move my appointment from {visit_noyear}, I'm {age} you know, can't drive anymore, my son {rel_first} will bring me over from {hood}
[00:41] SYSTEM: Transferring to scheduling. Your callback number is {phone_ext}.
disposition=XFER agent={staff} mrn_matched={mrn} wait={dur}""",
        """call_id={trace} ts={ts1} caller_id={cell} lang=es
transcript: "hola, me llamo {pt} ... mi fecha de nacimiento es {dob_foreign} ... número de póliza {member} ... vivo en {street}, {city} ... tengo {age_word} años"
voice_biometric enroll template={bio_voice} quality={pct}
intent=REFILL rx={rx} drug="{drug}" routed_to={queue} agent_emp={emp} end={ts2}""",
    ),
    "secure_pager_feed": (
        """[{tam1}] PAGE to {doc} ({role}) from {nurse}: pt {pt_last} rm {room} {alarm}, HR {hr}, BP {bp}, pls call {phone_ext}
[{tam2}] ACK {doc_first}
[{tam3}] MSG {doc} -> {nurse}: give {drug} {dose} now, recheck {lab}; family {rel} can call me at {cell}
[{tam4}] READ by {nurse_first} on {station}""",
        """securechat thread {session_short}
{tsp1} {nurse_caps}: new admit {pt_caps} MRN {mrn} dob {dob} from {facility}
{tsp2} {doc_caps}: ok. is she really {age}? daughter {rel} says she lives alone on {street}
{tsp3} {nurse_caps}: yes. also ambulance left her DL ({dl}) and insurance card ({member}) at triage
{tsp4} SYSTEM: message retention {count2} days, thread exported to {email2}, link {url2}""",
        """PAGER GW  {tsy1}  CAPCODE {count}  "RRT {ward} BED {bed} - {pt_caps} ({mrn}) - {alarm} - call {phone2}"
PAGER GW  {tsy2}  CAPCODE {count}  "STAT {lab2} on {pt_last_caps}, {age} YO, DR {doc_last_caps} AWARE"
PAGER GW  {tsy3}  CAPCODE {count}  "CANCEL - {score}" """,
    ),
    "voicemail_transcription": (
        """Voicemail-to-text  mailbox {count} (Nurse triage)  received {tam1}  from {phone}  length 0:{count2}
"hi this is {pt} calling um my date of birth is {dob} and my chart number I think is {mrn}, I got a letter about my {drug} and the pharmacy on {street2} in {city2} says they need a new prior auth, the number they gave me was {pa}, you can call me back at {phone2}, thank you bye"
confidence {pct}   routed to {nurse}""",
        """VM TRANSCRIPT (auto, low confidence)
From: {cell}   At: {tus1}
"yeah hello it's {rel_lower} I'm calling for my mother {pt_lower} she's {age_word} and she fell last night at her place, {street} apartment {unit} in {city}, the ambulance took her to {facility} ... her Medicare number is {mbi} ... call me back on {phone} or email {email_rel} ok thanks"
Transcription vendor: {brand} {ver}""",
        """Sprachnachricht / voicemail  {teu1}  Absender {phone_intl}
"Guten Tag, hier spricht {pt}, geboren am {dob_foreign}, Versichertennummer {member}. Ich wohne jetzt in der {ab_street}, {ab_post} {ab_town}. Bitte rufen Sie mich zurück."
Translated by {staff} ({role})  {teu2}""",
    ),
    "dictation_asr_raw": (
        """[ASR raw  job {ctl}  author {doc}  dictated {tam1}]
this is doctor {doc_last} dictating a clinic note on {pt_lower} comma date of birth {dob_written} period medical record number {mrn} period new paragraph the patient is a {age_word} year old woman who lives at {street} in {city} with her niece {rel} period she reports {eponym} symptoms since {prior} period blood pressure {bp} heart rate {hr} period new paragraph plan continue {drug} {dose} period follow up {other_noyear} period copy to doctor {tech_last} at fax {fax} period end of dictation""",
        """transcription job {session_short} (speech-rec draft, not reviewed)
operative note for {pt} uh scratch that {pt_comma} MRN {mrn} account {acct} date of surgery {visit} surgeon {doc} assistant {nurse} comma the implant is a Triathlon knee {ref} serial number {serial} lot {serial2} period estimated blood loss {vtbi} period patient age {age} period dictation ends {time_ampm} next patient""",
        """Diktat (ASR) vom {visit_foreign}  Diktierer: {doc}
Patientin {pt} Komma geboren {dob_eu} Punkt Aufnahme über {facility} Punkt Befund {lab} Punkt Absatz Procedere {drug} {dose} Punkt Hausarzt {rel} in {ab_town} Telefon {phone_intl} Punkt Ende Diktat""",
    ),
    "ocr_fax_capture": (
        """[OCR text, engine {ver}, confidence {pct}]
FAX  C0VER  SHEET                        Pages: {count2}
T0: {facility}          Fax: {fax}
FR0M: {doc}, M.D.        Ph0ne: {phone}   Fax: {fax2}
Date: {visit}
RE: {pt_caps}   D0B: {dob}   MRN: {mrn}
Pt addr: {street}, {city}, {state} {zip}
Ins. ID: {member}   Gr0up: {group}
Web: {url2}
C0NFIDENTIAL: this fax may c0ntain PHI ... if rec'd in err0r call {phone2}
1ab results: {lab} ; {lab2}""",
        """OCR EXTRACT (scanned referral, 300 dpi, skew 1.2 deg)
Patlent Name: {pt_comma}          SSN: {ssn}
Date of Blrth: {dob}     Age: {age}
Addre ss: {street} {unit}
   {city} {state}  {zip4}
Referrlng Physlclan: {doc}   NPl # {npi}
Offlce fax # {fax_plain}    emall: {email2}
Reason for referral: {eponym2} ; meds {drug} {dose} ; dx {icd}
recelved {tus1} by {clerk}""",
        """-- OCR page 1/{count2} --  source: inbound fax line {fax2}
D E M O G R A P H I C S
Nom / Name: {pt_caps}    Date de naissance: {dob_foreign}
Domicile: {ab_street}
          {ab_post} {ab_town}
Teleph0ne: {phone_intl}    Télécopie: {fax_intl}
Mutuelle / plan ID: {member}
Médecin traitant: {doc}
signed {other} / stamp "{facility_caps}" """,
    ),
    "wristband_print_job": (
        """^XA
^FO40,30^A0N,34,34^FD{pt_hl7}^FS
^FO40,70^A0N,26,26^FDMRN {mrn}  FIN {fin}^FS
^FO40,100^A0N,26,26^FDDOB {dob_us}  AGE {age}Y  SEX F^FS
^FO40,130^A0N,22,22^FDATT: {doc_last_caps}, {doc_first_caps}   ADM {visit_us}^FS
^FO420,30^BQN,2,4^FDQA,{mrn}^FS
^FO560,20^XGR:{photo},1,1^FS
^FO40,160^A0N,20,20^FDALLERGY: {drug}  FALL RISK  {ward}^FS
^XZ
; job {ctl} printer {printer} user {emp} {tsp1}""",
        """label-svc INFO {ts1} render template=ADULT_BAND_PHOTO printer={printer}
  fields: name="{pt_caps}" mrn="{mrn}" dob="{dob}" acct="{acct}" photo_ref="{photo}"
  barcode: code128 payload="{mrn}" / 2D payload="{empi}"
label-svc WARN {ts2} photo {photo} older than {count2} months, prompt recapture
label-svc INFO {ts3} reprint requested by {staff} ({role}) reason="band cut for {cpt} procedure" """,
        """ETICHETTA BRACCIALE / band print
Cognome e nome: {pt_last_caps} {pt_first_caps}
Nato il: {dob_eu}   Età: {age}
Cod. paziente: {mrn}   Nosologico: {fin}
Reparto: {ward}   Letto {bed}   Foto: {photo}
Stampato {teu1} da {nurse}   stampante {printer}""",
    ),
    "portal_enrollment_email": (
        """From: no-reply@example.org
To: {email}
Date: {tam1}
Subject: Activate your patient portal account, {pt_first}

Dear {pt_mid},
Your care team at {facility} has invited you to the patient portal. Your medical record number is {mrn}.
Activate within {dur} using this link: {url}
If you did not request this, call us at {phone2}.
Sign-up details we have: date of birth {dob}, mobile {cell}, address {street}, {city} {zip}.
Proxy invited: {rel} ({email_rel}).
X-Originating-IP: [{ip}]  X-Request-ID: {req}""",
        """portal-signup  event=ACCOUNT_CREATED  at={ts1}
  username=<{email}>  pt_name="{pt_caps}"  dob={dob_iso}  mrn={mrn}  empi={empi}
  id_proofing: vendor={brand} score={count2} selfie_ref={photo} dl_number={dl} dl_state={state}
  client_ip={ip6}  user_agent="Mozilla/5.0 {ver}"
  welcome_link={url2}
  at={ts2} event=PROFILE_PHOTO_SET file={photo2}""",
    ),
    "password_reset_ticket": (
        """Ticket INC-{count}{count2}  opened {tus1}  queue: Patient Portal Support
Caller: {pt} (patient)  callback {phone}
Verified: DOB {dob}, last visit {prior}, MRN {mrn}
Issue: locked out after {count2} attempts from IP {ip}
Action: reset link {url} sent to {email} at {tus2}
Worknote ({staff}): caller also asked to update address to {street}, {unit}, {city} {zip4}. Done.""",
        """ServiceDesk #{ctl2} | P3 | Password reset - staff
Requester: {nurse} ({role}), employee {emp}, license {lic}
Identity check: voiceprint {bio_voice} OK; badge photo {photo} compared by agent {staff}
Source IP {ip2} ({station}), new device MAC {mac}
Notes: user cannot reach MFA phone {cell}; temporary code issued {tsp1}; {err}""",
        """Ticket: Zurücksetzen des Passworts / password reset
Eröffnet: {teu1}   Bearbeiter: {staff}
Patient: {pt}   geb. {dob_eu}   Patienten-ID {mrn}
E-Mail: {email}   Mobil: {phone_intl}
Link: {url}   IP: {ip}
Status: gelöst {teu2}""",
        """portal-web access.log (excerpt attached to ticket {ctl2})
{ip} - - [{tap1}] "POST /api/login HTTP/1.1" 401 512 "-" "Mozilla/5.0 ({ver})" user={email}
{ip} - - [{tap2}] "POST /api/login HTTP/1.1" 401 512 "-" "Mozilla/5.0 ({ver})" user={email}
{ip} - - [{tap3}] "GET /reset HTTP/1.1" 200 2210 "-" "Mozilla/5.0 ({ver})"
{ip6} - - [{tap4}] "POST /reset/confirm HTTP/1.1" 302 0 "{url}" "Mozilla/5.0 ({ver})"
auto-ticket for {pt} (MRN {mrn}, callback {phone}), session {session}, {count2} failed logins""",
    ),
    "interface_error_queue": (
        """ERRQ {queue}  depth={count}  oldest={tsp1}
#1 ctl={ctl} err={err} "PID-7 invalid date '{dob_compact}' for {pt_hl7} MRN {mrn}" src={ip}:{port}
#2 ctl={ctl2} err={err2} "PID-19 SSN {ssn_dash} fails checksum rule for {pt_hl7}" src={ip}:{port}
#3 ctl={trace} err=AR "PV1-19 visit {fin} not found; attending {doc_hl7} NPI {npi}" src={ip2}:{port}
last retry {tsp2} by {staff} ({emp})""",
        """interface-engine[{count}]: {tsy1} ERROR route={queue} msg={ctl} {http} {ms}
  payload excerpt: PID|1||{mrn}^^^MR||{pt_hl7}||{dob_compact}|||||{street_caps}^^{city_caps}^{state}^{zip}
  payload excerpt: IN1|1|{group}|{count2}|Northwind Mutual Health|||||||||||{pt_hl7}|SEL|{dob_compact}||||||||||||||||||||{member}
interface-engine[{count}]: {tsy2} WARN retry {count2}/5 host {ip}:{port}
interface-engine[{count}]: {tsy3} INFO resolved by {staff}, fingerprint {sha}""",
        """Fehlerwarteschlange / error queue  {teu1}
Nachricht {ctl}: Segment PID fehlerhaft  Patient {pt}  ({mrn})  geb. {dob_eu}
Nachricht {ctl2}: Kostenträger unbekannt  Versichertennr. {member}  Fall {fin}
Nachricht {trace}: Einsender {doc}  LANR {lic}  Fax {fax_intl}
Quelle {ip}  Port {port}  Version {ver}""",
    ),
    "mpi_merge_worksheet": (
        """EMPI DUPLICATE CANDIDATE PAIR  score {pct}  rule set {ver}
FIELD        RECORD A                       RECORD B
EMPI         {empi}                  {empi}
MRN          {mrn}                   {mrn2}
NAME         {pt_comma}              {pt_caps}
DOB          {dob}                   {dob_iso}
SSN          {ssn}                   {ssn_plain}
ADDRESS      {street}                {street_caps}
CITY/ZIP     {city} {zip}            {city_caps} {zip4}
PHONE        {phone}                 {cell}
PHOTO        {photo}                 (none)
DECISION: MERGE B into A  by {clerk} ({emp})  {tsp1}   note: twins ruled out (sibling {rel})""",
        """mpi-merge-report run={visit_iso} job={ctl}
survivor_mrn={mrn} retired_mrn={mrn2} name="{pt}" dob={dob_us}
conflicts:
  - driver_license: {dl} vs (blank)
  - address: "{street}, {unit}" vs "{street2}"
  - iris_template: {bio_iris} kept
  - face_photo: {photo} vs {photo2}
  - medicaid_id: {medicaid}
reviewed_by="{staff}" at={tsp2} sha={sha}""",
        """Rapport de fusion / merge report ({teu1})
Dossier conservé: {mrn}   Dossier fusionné: {mrn2}
Nom: {pt_caps}   Né(e) le: {dob_foreign}   Âge: {age}
Adresse: {ab_street}, {ab_post} {ab_town}
N° sécu (US SSN on file): {ssn}
Validé par {clerk}""",
    ),
    "registration_kiosk_session": (
        """kiosk={station} {ts1} SESSION_START sid={session}
kiosk={station} {ts1} ID_SCAN type=DL number={dl} name="{pt_caps}" dob={dob_compact} addr="{street_caps}, {city_caps} {state} {zip}"
kiosk={station} {ts2} PALM_VERIFY template={bio_palm} result=MATCH mrn={mrn}
kiosk={station} {ts2} CARD_SCAN payer="Northwind Mutual Health" member={member} group={group}
kiosk={station} {ts3} PHOTO_CAPTURE file={photo}
kiosk={station} {ts3} COPAY amount={money2} acct={acct}
kiosk={station} {ts4} PARKING_VALIDATE plate={plate}
kiosk={station} {ts4} SESSION_END dur={dur}""",
        """Registro quiosco / kiosk check-in  {tsp1}
Paciente: {pt}   Fecha nac.: {dob_foreign}   Edad: {age}
Teléfono: {phone}   Correo: {email}
Domicilio: {street}, {unit}, {city}, {state} {zip}
Contacto de emergencia: {rel} {phone2}
Huella palmar: {bio_palm}   Foto: {photo}
Cuenta: {acct}   Historia clínica: {mrn}""",
        """CHECKIN|{tsp1}|{station}|{mrn}|{pt_hl7}|{dob_compact}|{ssn}|{phone_dash}|{member}|{fin}|OK
CHECKIN|{tsp2}|{station}|{mrn}|{pt_hl7}|{dob_compact}|ADDR CHG {street_caps} {unit_caps} {city_caps} {zip}|{err}
# photo {photo}; next of kin {rel_caps}, plate on file {plate}, {bp} at vitals station""",
    ),
    "remote_monitoring_upload": (
        """POST /api/v2/readings  {http}  {ms}  from {ip}
device_serial={serial}  model={brand}  fw={ver}  bt_mac={mac}
patient_ref={mrn}  enrolled_program=RPM-HF  study_id={study}
readings:
  [{ts1}] weight {weight}  bp {bp}  hr {hr}
  [{ts2}] spo2 {spo2}
  [{ts3}] weight {weight}
alert: +2 kg in 48 h -> nurse {nurse} notified; pt {pt} ({age} y) called at {phone}""",
        """rpm_sync.csv
"uploaded_at","device","patient","dob","metric","value","unit"
"{tsp1}","{serial}","{pt_comma}","{dob_us}","glucose","{hr}","mg/dL"
"{tsp2}","{serial}","{pt_comma}","{dob_us}","glucose","{rr}","mg/dL"
"{tsp3}","{udi}","{pt_comma}","{dob_us}","bp","{bp}","mmHg"
# home address on file: {street}, {city} {zip}; caregiver {rel} ({email_rel})""",
        """wearable-bridge | {tsy1} | pair device mac={mac} sn={serial2} owner={pt_lower} mrn={mrn}
wearable-bridge | {tsy2} | upload ok n={count} src={ip6}
wearable-bridge | {tsy3} | fall detected lat/long suppressed, home {city_lower} {zip}, contact {rel} {cell}
wearable-bridge | {tsy4} | ticket {case} for clinician {doc}""",
    ),
    "telemetry_alarm_history": (
        """CENTRAL STATION ALARM HISTORY  unit {ward}  printed {tus4}
Patient: {pt_caps}   MRN {mrn}   Age {age}   Bed {bed}
Transmitter SN {serial}   Monitor {brand}   Lead set {model}
TIME                 ALARM          VALUE     ACK BY
{tus1}     {alarm}       {hr}       {nurse}
{tus2}     {alarm2}       {spo2}       {nurse}
{tus3}     LEADS OFF      --       {tech}
Strip saved: {strip_img}   Attending: {doc}""",
        """alarm_evt ts={ts1} bed={bed} tx_sn={serial} pt="{pt_hl7}" mrn={mrn} type={alarm} prio={priority} hr={hr}
alarm_evt ts={ts2} bed={bed} tx_sn={serial} pt="{pt_hl7}" mrn={mrn} type={alarm2} prio={priority} spo2={spo2}
escalation ts={ts3} to="{doc}" via secure chat; family "{rel}" at bedside; pt dob {dob}""",
    ),
    "infusion_pump_events": (
        """PUMP EVENT LOG  s/n {serial}  {brand}  {fw}  UDI {udi}
{tsp1}  POWER ON  battery {pct}
{tsp1}  PATIENT ID SCAN  {mrn} / {pt_hl7}
{tsp2}  START  {drug} {rate}  VTBI {vtbi}  channel A  user {emp}
{tsp3}  ALARM  downstream occlusion  cleared by {nurse}
{tsp4}  TRANSFER  to {ward} / {room}   next PM due {other}""",
        """pump_gw,{ts1},{serial},{mrn},"{pt_comma}",START,{drug},{rate},{nurse}
pump_gw,{ts2},{serial},{mrn},"{pt_comma}",RATE_CHG,{drug},{rate},{nurse}
pump_gw,{ts3},{serial},{mrn},"{pt_comma}",STOP,{drug},0,{doc}
# asset {serial2} swapped in; biomed {tech} ({emp2}); ref {ref}; host {ip2}""",
        """Infusionspumpe Ereignisprotokoll  Seriennr. {serial}
{teu1}  Patient {pt} (PID {mrn}, geb. {dob_eu}) verbunden
{teu2}  Laufrate {rate}, {drug}, Pflegekraft {nurse}
{teu3}  Alarm Luft im System, quittiert {nurse_first}
Wartung fällig {other}  Hersteller {brand}  {ref}""",
    ),
    "badge_door_controller": (
        """DOOR CONTROLLER {station}  site: {facility}
{tsp1}  GRANTED  badge {emp}  {staff_caps}  door MED ROOM 4  reader {model}
{tsp2}  DENIED   badge {emp2}  {tech_caps}  door PHARMACY VAULT  reason: fingerprint {bio_fp} mismatch
{tsp3}  GRANTED  badge {emp}  {staff_caps}  door GARAGE GATE B  plate {plate}
{tsp4}  GRANTED  visitor pass for {rel} (visiting {pt_last}, {ward})  ID {dl}""",
        """access-ctl,"{tus1}","{staff}","{emp}","Employee photo {photo}","Door L&D Main","GRANT"
access-ctl,"{tus2}","{nurse}","{emp2}","Employee photo {photo2}","Door NICU","GRANT"
access-ctl,"{tus3}","{staff}","{emp}","biometric {bio_fp}","Door Pyxis Room","GRANT"
# badge holder home address (HR feed): {street}, {city} {zip}; vehicle {vin} / {plate2}""",
    ),
    "roi_request_tracker": (
        """RELEASE OF INFORMATION - REQUEST TRACKING
Request #: {case}        Logged: {visit}        Due: {other}
Patient: {pt_comma}   DOB: {dob}   MRN: {mrn}   SSN: {ssn}
Requester: attorney for {pt} re: MVA {prior}; vehicle VIN {vin}, plate {plate}
Requester fax: {fax}   phone: {phone_ext}   email: {email2}
Records: ED visit {visit_noyear}, imaging (acc. {accession}), photos {photo}
Fee: {money}   Invoice acct: {acct}
Processed by: {clerk} ({role})   shipped via portal {url2}""",
        """ROI|{case}|{tus1}|{pt_hl7}|{mrn}|{dob_us}|REQ={doc_hl7}|FAX={fax_plain}|STATUS=PENDING_AUTH
ROI|{case}|{tus2}|{pt_hl7}|{mrn}|{dob_us}|NOTE=patient is {age}, signed by POA {rel}|FAX={fax_plain}|STATUS=RELEASED
ROI|{case}|{tus3}|{pt_hl7}|{mrn}|{dob_us}|DELIVERED TO {street2}, {city2} {zip2}|LINK={url}|{err}""",
        """Verzoek tot inzage / ROI request (NL)
Dossiernummer {case}   ontvangen {visit_foreign}
Patiënt: {pt}   geboortedatum {dob_eu}   BSN/SSN {ssn}
Adres: {ab_street}, {ab_post} {ab_town}
Telefoon {phone_intl}   fax {fax_intl}
Behandelaar: {doc}   afgehandeld door {clerk} op {other}""",
    ),
    "parking_lpr_events": (
        """LPR CAM-{count2}  garage: {facility}
{tsp1}  ENTRY  plate={plate}  conf={pct}  lane 2
{tsp2}  MATCH  plate={plate}  permit=PATIENT-DIALYSIS  holder="{pt}"  mrn={mrn}
{tsp3}  EXIT   plate={plate}  fee={money2}  validated by {station}
{tsp4}  ENTRY  plate={plate2}  conf={pct}  (visitor of {pt_last})
registered vehicle VIN {vin} / owner address {street}, {city} {zip}""",
        """valet-system export {ver}
"ticket","in","plate","vin","owner","phone","dl","out"
"{ctl2}","{tus1}","{plate}","{vin}","{pt_caps}","{cell}","{dl}","{tus2}"
"{st02}","{tus3}","{plate2}","{vin2}","{rel_caps}","{phone2}","","{tus4}"
damage note: scratch rear bumper, photo damage_{count2}.jpg (vehicle only)""",
        """Parkhaus Ausfahrt / car park log  {teu1}
Kennzeichen {plate}  FIN {vin}  Halter {pt}  Dauerparker Onkologie
{teu2}  Ausfahrt {plate}  Gebühr {money2}
{teu3}  Einfahrt {plate2}  Begleitperson {rel}, Tel. {phone_intl}""",
    ),
    "dispensing_cabinet_audit": (
        """CABINET {station}  {ward}  report {tsp4}
TIME                 USER                 BIO-ID            PATIENT                  MRN          MED                    QTY
{tsp1}  {nurse}     {bio_fp}     {pt_comma}     {mrn}     {drug} {dose}     {count2}
{tsp2}  {nurse}     {bio_fp}     {pt_comma}     {mrn}     {drug2}     1
{tsp3}  {pharm}     {bio_fp}     --     --     restock {ndc}     {count}
discrepancy witnessed by {staff}; waste {dose}""",
        """cab-audit user={emp} name="{nurse}" auth=finger tmpl={bio_fp} ts={ts1} action=REMOVE pt_mrn={mrn} pt="{pt}" med="{drug}" dose="{dose}"
cab-audit user={emp2} name="{tech}" auth=palm tmpl={bio_palm} ts={ts2} action=RETURN pt_mrn={mrn} med="{drug}"
cab-audit override ts={ts3} pt_dob={dob_iso} ordering="{doc}" {score}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """interface-engine: route {queue} healthy, depth {count}, {http}, avg {ms}, port {port}, engine {ver} {build}
last error {err} cleared at {time}; control id {ctl}; trace {trace}; checksum {sha}""",
    """MSH|^~\\&|LAB|MAIN|EHR|MAIN|||ACK^R01|{ctl}|P|{hl7ver}
MSA|AA|{ctl2}|message accepted ({ms})
ERR|||{err}|W|||queue {queue} depth {count}""",
    """ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER99        *******^*00501*{isa13}*0*P*:~
GS*HC*SUBMITTER01*PAYER99****{gs06}*X*005010X222A1~ ST*837*{st02}~ SE*{count}*{st02}~
TA1 ack: accepted, {count2} transaction sets, total charges {money}""",
    """(0008,0016) UI [{sop}]   # SOPClassUID
(0002,0010) UI [{tsuid}]   # TransferSyntaxUID
(0008,0060) CS [{modality}]   (0018,0015) CS [{body}]   (0010,1010) AS [{young_dicom}Y]
(0018,0050) DS [1.25]   (0018,0060) DS [120]   (0018,1020) LO [{ver4}]   port {port}""",
    """TELEMETRY SUMMARY {ward}  shift {time}-{time2}
alarms: {alarm} x{count2}, {alarm2} x{count2}; HR {hr}, BP {bp}, SpO2 {spo2}, RR {rr}, T {temp}
monitor {brand} {model} {fw}; lead set {ref}; strip {strip_img}""",
    """pump library update {ver} pushed to {count} devices ({brand}); {drug} hard limit {rate}; VTBI default {vtbi}
{ref} tubing recall notice: {druglot} not affected; contact {role} at ext. desk""",
    """Cabinet restock report {station} {ward}: {drug} {dose} x{count}, {drug2} x{count2}, NDC {ndc}
expired items removed: {druglot}; discrepancy count 0; {role} verified at {time_ampm}""",
    """audit summary {year}: {count} chart opens by {role} staff, {count2} break-the-glass events, all reviewed
top dept: {dept}; session timeout {dur}; policy version {ver}; report hash {sha}""",
    """sms-gw: campaign FLU-{year} sent {count} messages, {pct} delivered, {count2} opted out; cost {money}
carrier error {err} on {count2} numbers; retry window {dur}; gateway {ver}""",
    """IVR menu tree v{ver}: 1 refills, 2 scheduling, 3 billing ({money2} minimum), 4 nurse line
avg wait {dur}; abandoned {pct}; voice recognition model {build}""",
    """Dictation template (ASR): "the patient is a {young} year old with {eponym} period blood pressure {bp} period plan {drug} {dose} {dose2} period" -- vendor {brand}""",
    """OCR quality report: {count} pages, confidence {pct}, engine {ver}; common errors O/0, l/1, rn/m
sample: "Hem0gl0bin {lab}" ; "p0tassium {lab2}" ; "{score}" """,
    """Label printer {printer}: ^XA^FO40,30^A0N,30,30^FDTEST LABEL {ver}^FS^XZ printed at {time}; darkness {count2}; {build}""",
    """Portal release notes {ver}: messaging fix ({err}), proxy access for {role}s, {http} errors down {pct}
downtime window {time}-{time2} local; no action needed.""",
    """Eligibility batch: {count} inquiries, {count2} rejected ({err}); payer response {ms}; plan year {year}
copay tiers: {money2} / {money}""",
    """Claim scrubber rules {ver}: CPT {cpt} requires ICD {icd}; modifier 25 with {cpt2}; NDC {ndc} units {count2}
denial rate {pct}; average paid {money}""",
    """MPI tuning: match threshold {pct}, {count} candidate pairs reviewed in {year}, {count2} merges undone; algorithm {ver}""",
    """Kiosk fleet status: {station} online, printer {printer}, firmware {fw}, {count} check-ins today, card reader {model}
palm reader sensor {ref} cleaned at {time}""",
    """RPM program stats: {count} enrolled, avg adherence {pct}, weight alerts {count2}, {brand} firmware {fw}
thresholds: SBP > 160, glucose > 250 mg/dL, SpO2 < 88%""",
    """Badge system: {count} doors, {count2} denied events ({err}), controller {model} {fw}, host port {port}
{statename} fire code test passed at {time}""",
    """ROI department metrics {year}: {count} requests, median turnaround {count2} days, fees collected {money}
policy: {statename} statute, {role} sign-off""",
    """Parking: {count} spaces, {pct} occupied at {time}, validation rate {money2}/day, LPR cameras {count2}, software {ver}""",
    """FHIR server capability: R4 {ver}, {http}; search params _lastUpdated, identifier; max page {count}
terminology: LOINC {loinc}, SNOMED {snomed}, ICD-10 {icd}; OID {oid}""",
    """Lab autoverification: {lab}, {lab2}, {lab3} released; delta check {pct}; analyzer {brand} {ver}
LOINC {loinc} / {loinc2}; QC lot {druglot}""",
    """C-CDA validator: {count} warnings, {count2} errors ({err}); templateId {oid}; codeSystem {oid2}; schematron {ver}""",
    """e-Rx stats: {count} NewRx, {count2} CancelRx, {drug} most common ({dose}); {http} from hub; message {ctl}""",
    """Supply room: {brand2} charger {phonelike}, {ref}; wound photo set {wound_img} (dressing only); ward {ward} {stateab}
ages seen today: {young}, {young_word}; years {year} and {year2}; {score2}""",
    """Patient education handout: {eponym} overview; typical onset after {young}; screening every {count2} months since {year2}
call the {role} line; {statename} residents see page {count2}; {phonelike}""",
    """Secure chat broadcast: {ward} {alarm} drill at {time_ampm}; {role} to respond; {score}; {eponym2} protocol card {ref}""",
)
