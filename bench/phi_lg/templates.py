"""Document styles for planted set G: public, population and community health work.

``TEMPLATES`` maps a note type (all ``sg_`` names) to 2-4 templates; ``NEGATIVE_TEMPLATES`` hold no
identifier and use only look-alike keys. ``{key}`` is filled from ``values``.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sg_cd_case_report": (
        """NOTIFIABLE CONDITION CASE REPORT - CONFIDENTIAL        {form} ({form_ver})
Reporting jurisdiction: {jcode}     MMWR week {mmwr} / {year}
Condition: {organism}   ICD-10 {icd}   Case status: {status}
State case ID: {case_id}        Local ID: {case_id2}
Patient: {pt_lf}            DOB: {dob}     Sex: {sex}
Addr: {street} {apt}, {city}, {state} {zip}     County of residence: {county}
Home ph {ph1}   Cell {ph2}
Onset {onset}; specimen ({spec_type}) collected {d_col}, {method} {result_txt}, Ct {ct}
Hospitalized at {fac_town}, MRN {mrn}; admitted {d_v1}.
Reported by {dr_full}, MD (NPI {npi})  ph {ph_org}  fax {fax}
Received by LHD {d_rep} - assigned to {epi_full}.""",
        """Communicable Disease Report / Informe de enfermedad
Dx: {organism} ({icd})   LOINC {loinc}   titer {titre}
NAME (last, first): {pt_last}, {pt_first}     AGE: {age90}   DOB {dob_old}
Residence: {fac_town2}, {street}, {city} {zip}
Next of kin {par_full} - {ph1}
Insurance: Medicare MBI {mbi}
Accession {acc}  collected {d_col}  resulted {d_res}
Attending {dr_last} / infection preventionist {rn_full}, {em_staff}
Fax completed form to {fax} within 24 h ({policy}). Case classified {status} per {year} CSTE definition.""",
        """-- CASE INVESTIGATION SUMMARY --
{pt_full} ({sex}, {age_lo} y) was reported on {d_rep} by {fac_town} lab (CLIA {clia}) with {organism}.
Interviewed by phone ({ph1}) on {d_int}. Lives at {street}, {city}, {county}, with spouse {par_first} and child {sib_first}.
Employed at {work_town}; last worked {d_exp}. SSN on lab slip {ssn} (not needed - redact in export).
Medicaid {mcd}. PCP {dr_full}, {em_dr}.
Rate for jurisdiction this year {rate} per 100,000; {n1} cases to date (MMWR wk {mmwr}).""",
    ),
    "sg_ltcf_outbreak_linelist": (
        """Outbreak {outbreak} - {organism} - facility: {fac_town2}   LINE LIST (exported CSV)
case_no,resident,dob,age,room,onset,symptoms,specimen,result
1,{p1_lf},{p1_dob},{age90},{room},{p1_d},V/D,{spec},{result_txt}
2,{p2_lf},{p2_dob},{age_lo2},{room},{p2_d},D,,pending
3,{p3_lf},{p3_dob},{age90b},{room},{p3_d},V,,
4,{p4_lf},{p4_dob},{age_lo3},{room},{p4_d},D/fever {tempf},,
5,{p5_lf},{p5_dob},{age90c},{room},{p5_d},V/D,,
Attack rate residents {pct}; staff {pct2}. IP contact: {rn_full} {ph_staff}. Report to {epi_full} by fax {fax}.""",
        """{fac_town2} -- GI/ILI illness log (staff & residents) -- started {d_md}
| # | Name | Role | Unit | Onset | Age | Tx |
| 1 | {p1_full} | resident | {bed} | {p1_d} | {age90b} | {drug} |
| 2 | {p2_init} | CNA | - | {p2_d} | {age_lo} | excluded 48 h |
| 3 | {p3_full} | resident | {bed} | {p3_d} | {age90} | none |
| 4 | {p4_full} | resident | {bed} | {p4_d} | {age_lo3} | IV fluids |
| 5 | {p6_full} | dietary | - | {p6_d} | {age_lo} | excluded |
DON {staff_full}; admin phone {ph_org}. Next call with {program} ({epi_full}) {d_md2} at {time2}.
Swabs sent to PHL as outbreak {outbreak}, {n4} of {n1} positive ({method}).""",
    ),
    "sg_contact_tracing_interview": (
        """CONTACT TRACING INTERVIEW  - case {case_id}
Index: {pt_full}  DOB {dob}  ph {ph1}   interviewed {d_int} by {dis_first} ({role})
Infectious period: {d_exp} through {d_end}. Isolation address {street}, {apt}, {city} {zip}.
Close contacts named:
  - {p1_full} (roommate) {p1_ph}  contact ID {cid1}
  - {p2_full}, coworker at {work_town}, {p2_ph}  {cid2}
  - {p3_first} - carpool driver, silver Corolla plate {plate}; ph {p3_ph}
Exposure setting: shared vehicle {mins} min daily, household, workplace. Quarantine through {d_v3}.
Symptom monitoring by text; {n2} of {n1} contacts reached. Test kit mailed to {p1_street}.""",
        """CT NOTE {d_md}: called index pt {pt_first} {pt_last} at {ph1} x3, VM full. Texted link {url1}.
{d_md2}: reached via sister {sib_full} ({ph2}). Pt reports attending service at {nbhd} church, and a party at {p4_street}, {p4_city} on {d_exp}.
Contacts: {p4_full} ({p4_ph}), {p5_full} ({p5_ph}, age {age_lo}), {p6_first} (no number).
Vehicle: pt drove cousin in {vin} (per DMV pull, not needed - remove from CDMS).
Rec: quarantine, test day 5 ({d_v1}), {drug2} if symptomatic. - {dis_full}, DIS, {em_staff}""",
    ),
    "sg_tb_case_management": (
        """TB CASE MANAGEMENT - {program}
Pt: {pt_lf}   DOB: {dob}   MRN {mrn}   RVCT # {case_id}
Country of birth {country}; arrived US {year}. A# {anum}
Address: {street}, {city}, {state} {zip4}   Cell {ph1}   Emerg contact {par_full} {ph2}
Dx {icd} pulmonary, smear 2+, Xpert MTB/RIF detected, RIF resistance not detected. TST {tst}, {igra}.
Start date {d_v1}. Regimen {tb_drug} + {tb_drug2} daily x 8 wk then {dot_tot} doses continuation.
DOT by {rn_full}, RN ({rn_lic}) - photo on file {photo1}.
Contacts screened {n2}/{n1}. Next sputum {d_next}. Encounter {fin}. Isolation released {d_v5}.""",
        """Nurse case manager monthly review {d_md}, {year}
{pt_first} ({pt_initials}) has completed {dot_no}/{dot_tot} doses. Wt {wt} kg (up). ALT normal. Vision screen OK (on ethambutol).
Still living with brother {sib_full} at {street}, {nbhd}, {city}. Works nights at {work_town}.
Missed doses {d_v2}, {d_v3} - pt was at daughter's in {city2}. Plan: switch to video DOT via program phone (IMEI {dev_imei}).
Medicaid {mcd}. Seen by Dr. {dr_last} at {fac_town}, next CXR {d_next}. SSN {ssn} needed for incentive gift card.""",
    ),
    "sg_vdot_dosing_log": (
        """VIDEO DOT LOG -- {pt_full} -- case {case_id} -- device IMEI {dev_imei}
date        time   obs  dose(s)                 video      notes
{d_v1}  {time}   {staff_initials}   {tb_drug}          {photo1}  ok
{d_v2}  {time2}  {staff_initials}   {tb_drug}          -          missed, called {ph1}
{d_v3}  {time}   {staff2_initials}   {tb_drug}+{tb_drug2}  reviewed   nausea mild
{d_v4}  {time2}  {staff_initials}   {tb_drug}          reviewed   ok
Face-match enrolment template {bio_face}; session logged from IP {ip1}.
Reviewer {staff_full}, RN. Supervisor {rn_full}.""",
        """vDOT app export :: patient_id={case_id} ; name="{pt_lf}" ; enrolled={d_v1}
enrol_photo={photo1} ; voice_ref={bio_voice} ; handset_serial={dev_imei}
events:
  {dt1} submitted clip (dur {mins} s) from {ip1} -> verified by {staff_first}
  {dt2} submitted clip from {ip2} -> REJECTED (pill not visible) -> callback {ph1}
  {dt3} missed -> outreach to alt contact {par_full} {ph2}
Doses verified {dot_no}/{dot_tot} ({pct}). Regimen {tb_drug}. Program {program}.""",
    ),
    "sg_sti_partner_notification": (
        """PARTNER SERVICES - FIELD RECORD   Dx {icd}  ({organism}, RPR {titre})
Original patient: {pt_full}   DOB {dob}   ph {ph1}   email {em1}
Interview {d_int} by DIS {dis_full} ({em_staff}); clinic MRN {mrn}
Partners elicited ({n4}):
 1. {p1_full}, ~{age_lo} y, {p1_ph}, last exposure {p1_d}, lives near {nbhd}
 2. "{pt_nick}" - only known by app profile {url_social}
 3. {p2_first} {p2_last}, {p2_street}, {p2_city}
Disposition: #1 treated {d_v2} with {drug}; #2 notified via internet PS; #3 not located.
Field record {case_id}. {role2} reviewed {d_v3}.""",
        """DIS note {d_md}: OP {pt_last}, {pt_first} (aka {pt_nick}) seen at {fac_town} for {drug}.
Named partner {p3_full} ({p3_ph}) - attempted at {p3_street} {apt} x2, left door hanger.
Partner {p4_full} located through profile {url_social}; messaged {d_md2}, treated at STD clinic {d_v3} (RPR {titre2}).
OP HIV neg ({method}); PrEP referral to {org}. Cell {ph1}. Case {case_id}, lot of Bicillin {lot} (clinic stock).
-- {dis_first}""",
    ),
    "sg_lead_case_file": (
        """CHILDHOOD LEAD POISONING PREVENTION PROGRAM - CASE FILE
Child: {pt_full}   DOB {dob_kid}   Medicaid {mcd}
Parent/guardian: {par_full}  ph {ph1}  alt {ph2}  {em2}
Residence: {street}, {apt}, {city} {zip}  (built {bldg_year}, rental)
Owner/landlord: {landlord_full}, {ph3}
BLL venous {bll} ug/dL on {d_col} (cap {bll2} on {d_prev}); ICD-10 {icd2}; CPT {cpt}
Risk assessment {d_v2} by {insp_full}, lead risk assessor lic. {ra_lic}: XRF {xrf} window sills, dust {dust} ug/ft2.
PCP {dr_full} MD, fax {fax}. Claim {claim} for venous draw. Nurse home visit {d_v3} - {rn_first}.""",
        """EH Lead Investigation - field notes {d_md}
Arrived {time2} at {street} ({nbhd}), {city}. Met mother {par_first} {par_last}; children {pt_first} (age {age_kid}) and {sib_first}.
Peeling paint porch + stairwell; imported spices and a clay pot from {country} tested. Home built {bldg_year}.
Property owner {landlord_full} notified by letter to {street2}, {city2} {zip2}.
Child's BLL {bll} (confirmed {d_col}); case {case_id}; chelation not indicated (<45).
Inspector: {insp_full} ({ra_lic}) - Supervisor {staff_full} {ph_staff}""",
    ),
    "sg_foodborne_complaint": (
        """FOODBORNE ILLNESS COMPLAINT #{complaint_no}    received {dt1} via web form from {ip1}
Complainant: {pt_full}   ph {ph1}   {em1}
Establishment: {rest_town}, {street3}, {city3} {zip3}   permit {food_permit}
Meal date {d_exp}, onset {onset} ({mins} h later). Ate with {p1_full} and {p2_first} - both ill.
Symptoms: diarrhea, cramps, fever {tempf} F. Seen at {fac_town} ED, stool {spec_type} sent.
Foods: carnitas, rice, salsa verde (hot-held at {temp_food} F at inspection).
Assigned to {insp_full}, REHS. Linked to cluster {outbreak} ({organism}, {n2} cases in {n4} counties).""",
        """RE: sick after catering - {d_md}
Caller {pt_caps} ({ph1}) states 14 guests at a quinceañera at {street} in {city} got sick after food from {rest_town}.
Guest list from host {par_full}: {p1_full} ({p1_ph}), {p2_full} ({p2_ph}), {p3_full} - oldest guest age {age90} hospitalized at {fac_town}.
Collected leftover tamales; PHL accession {acc}. Restaurant inspected {d_v1}, {n4} priority violations ({policy}).
Env health: {insp_last}. Epi: {epi_full} {em_staff}.""",
    ),
    "sg_water_illness_complaint": (
        """DRINKING WATER COMPLAINT / ILLNESS REPORT
Caller: {pt_full}  {ph1}    Date {d_rep}
Private well at {street}, {city}, {county} {zip}; neighbour {p1_full} at {p1_street} has same symptoms.
Household: {par_first} ({age_lo}), {sib_first} ({age_kid}), infant {p2_first}.
GI illness since {onset}. Infant seen by Dr. {dr_last}, {fac_town}.
Sample {spec} collected {d_col}: total coliform {coliform}, nitrate {nitrate} mg/L (MCL 10). Chlorine {chlorine} mg/L.
Advice: boil water; shock chlorination. Follow-up {d_v2}, {insp_full} ({ph_staff}).""",
        """Community water system {pwsid} - boil-water advisory - complaint log
{dt1}  {pt_lf}, {street}, {apt} ({nbhd}) - brown water + vomiting child; callback {ph1}
{dt2}  {p1_lf}, {p1_street} - diarrhea x2 adults; callback {p1_ph}
{dt3}  {p2_lf}, {p2_street} - no illness, taste only
All in pressure zone 4 (census tracts {tract} and {tract2}). Turbidity {chlorine} NTU. Referred ill callers to {epi_full}; {em_staff}""",
    ),
    "sg_vital_record_amendment": (
        """AFFIDAVIT FOR CORRECTION OF A VITAL RECORD     {form} {form_ver}
Record type: Birth   Certificate No. {cert_no}   Amendment file {amend_no}
Registrant as recorded: {pt_caps}        Date of birth as recorded: {dob}
Correct to read: {pt_full}               Place of birth: {fac_town}, {county}
Mother: {par_full} (maiden {maiden})
Applicant: {par_full}, {street}, {city} {zip}   ph {ph1}
ID presented: driver license {dl}; copy scanned {photo2}. SSN of registrant {ssn}.
Subscribed and sworn before me on {d_sign}. Notary: {notary_full}, commission {notary_lic}.
Fee {money} received. Processed by {staff_full}.""",
        """VR amendment worklist - {d_md}
{amend_no} | death record {cert_no} | decedent {pt_lf} | DOD {dod} | change: SSN {ssn_dash} (transposed) and residence {street}, {city}
informant {par_full} ({ph1}, {em2}) - ID {dl}, Live Scan fingerprint ref {bio_fp}
certifier {dr_full}, lic {med_lic} - sig {d_sign}
status: pending supporting doc (hospital record MRN {mrn}); {n4} copies @ {money}""",
    ),
    "sg_burial_transit_permit": (
        """BURIAL-TRANSIT PERMIT  No. {permit_no}          {form}
Decedent: {pt_full}    Sex {sex}   Age {age90}   DOB {dob_old}   SSN {ssn}
Date of death: {dod}   Place: {fac_town2}, {city}, {county}
Cause (certifier): {eponym2}; manner natural. Death certificate {cert_no} filed {d_rep}.
Disposition: cremation at {cemetery_town}; pacemaker removed, serial {dev_pm}.
Funeral director: {fd_full}, license {fd_lic} (establishment {fh_lic}), ph {ph_org}, fax {fax}
Local registrar: {staff_full}   Issued {d_sign}""",
        """DISPOSITION / TRANSIT REQUEST (fax) from funeral home - {d_md}
Fax {fax}  Attn registrar
Decedent {pt_lf}, {age90w} years, died {dod} at home ({street}, {city} {zip}); ME case {me_case} released by {dr_full}.
Informant: {par_full} (son) {ph1}.
Transport to {cemetery_town} in {state2}; implanted device: ICD {dev_pm} - explanted by {fd_last}.
FD {fd_full} lic {fd_lic}. Permit requested for {d_v1}. Cert no. {cert_no}.""",
    ),
    "sg_iis_duplicate_merge": (
        """IMMUNIZATION REGISTRY - DUPLICATE CLIENT RESOLUTION    ticket opened {dt1}
Record A  IIS {iis_id}   {pt_lf}        DOB {dob_kid}   mother maiden {maiden}   MRN {mrn}
Record B  IIS {iis_id2}  {pt_first_caps} {pt_last_caps}   DOB {dob_es}   guardian {par_full}
Addr A {street}, {city} {zip} / Addr B {street2}, {city} {zip}
Doses A: {vax} (CVX {cvx}, lot {lot}); {vax2} (CVX {cvx2}, lot {lot2})
Doses B: {vax} (CVX {cvx}) duplicate of A, same date {d_prev}
Decision: MERGE B into A. Medicaid {mcd} confirmed. Reviewer {staff_full} from {ip1}.""",
        """reconciliation note: clinic roster vs IIS ({program}), session {session}
{pt_full} - clinic MRN {mrn}, IIS {iis_id}: clinic shows {vax} given {d_v1} (lot {lot}) - missing in IIS; added by {staff_first}.
Sibling {sib_full} IIS {iis_id2} - {vax2} due {d_next}. Parent {par_full}, {ph1}, {em2}.
Not same child as {p1_full} (DOB {p1_dob}) despite similar name. Audit source IP {ip2}.""",
    ),
    "sg_school_exemption_form": (
        """CERTIFICATE OF IMMUNIZATION STATUS - MEDICAL/RELIGIOUS EXEMPTION    {form} ({form_ver})
Student: {pt_lf}   DOB {dob_kid}   Grade {grade}   Student ID {stud_id}
School: {school_town}    Exemption ref {exempt_ref}
Parent/guardian: {par_full}   {street}, {city} {zip}   {ph1}   {em2}
Vaccine(s) exempted: {vax}, {vax2}. Reason: medical - history of {eponym}.
Licensed health care provider: {dr_full}, {med_lic}  NPI {npi}  fax {fax}
Signed {d_sign}. Submitted online {dt1} from {ip1}; link {url1}""",
        """Attendance office: exemption packet for {pt_first} {pt_last} ({stud_id}) rec'd by fax from {fax} on {d_md}.
Provider {dr_last} statement OK; parent signature {par_full} dated {d_sign}. Email copy to {em2}.
Outbreak exclusion rule: if measles case at {school_town}, exclude through day 21 ({policy}).
Current coverage at school {pct}, {n1} exemptions on file, grade {grade}. - {staff_full}, registrar""",
    ),
    "sg_health_room_log": (
        """HEALTH ROOM LOG  {school_town}   week of {d_md}
time   student               grade  ID         complaint / action                        nurse
{time}   {p1_lf}      {grade}   {stud_id}   BG {glucose} mg/dL, pump {dev_pump} site change     {staff_initials}
{time2}  {p2_lf}      {grade}   -           HA, temp {tempf}, sent home w/ {par_first}          {staff_initials}
{time3}  {p3_lf}      {grade}   -           asthma, albuterol 2 puffs, SpO2 {spo2}%              {staff_initials}
{time}   {p4_lf}      {grade}   -           lice check neg                                      {staff2_initials}
Parent notified {ph1}. CGM for {p1_first}: sensor {dev_cgm}. RN {staff_full}.""",
        """School nurse note {d_md}  {time2}
{pt_full} (gr {grade}, ID {stud_id}) to health room with low BG {glucose}; CGM {dev_cgm} alarm. 15 g carbs, recheck {glucose}.
Pump serial {dev_pump} - bolus per 504 plan. Mom {par_full} called at {ph1}; endo Dr. {dr_last} ({fac_town}) fax {fax}.
Returned to class {time3}. Also saw {p1_full} for {eponym} follow-up (no issues).""",
    ),
    "sg_promotora_visit_note": (
        """VISITA DOMICILIARIA - PROMOTORA DE SALUD   {program}
Fecha: {d_es}   Promotora: {chw_full}
Familia: {par_full} (madre), niños {pt_first} y {sib_first}
Dirección: {street}, {apt}, {city}, {county}   Tel/WhatsApp {ph1}  {url_wa}
Medicaid/Apple Health {mcd}. Niño {pt_first} nacido {dob_es}, asma - inhalador {drug2}.
Temas: diabetes (A1c {a1c} del papá {p1_first}), vacunas ({vax} pendiente), WIC.
Próxima visita {d_es2}. Referido a {fac_town} con Dra. {dr_last}, cita {d_v3} {time3}.""",
        """CHW home visit - {d_md} - {chw_first} (bilingual)
Client {pt_full}, DOB {dob}, {street}, {city} {zip}. Phone {ph1} / work {ph2}.
BP {bp}, glucose {glucose}. Out of {drug}; refill called to pharmacy, Rx {rx_no}.
Husband {p1_full} works at {work_town}; no insurance - helped apply, member ID pending, Medicaid app {case_id2}.
Food insecurity screen + -> SNAP-Ed class session {session}. Follow-up {d_v2}.""",
    ),
    "sg_ssp_encounter": (
        """SSP ENCOUNTER   site: {nbhd} van   {d_md} {time2}
Participant code {ssp_code}   (goes by "{pt_nick}")   DOB yr {year2}
Syringes out {syr} / in {syr_in}; cookers, cottons, fentanyl strips x {kits}; naloxone {kits} kits (lot {nlot}).
Reports overdose reversal {d_md2} near {p1_street}; used {kits} doses Narcan.
Wound L forearm - referred to wound clinic {fac_town}. HCV Ab {hep_val}.
Sleeping in van, plate {plate}. Staff {staff_first} / peer {staff2_first}. Ph for texts {ph1}.""",
        """Harm reduction contact note - {program}
{pt_nick} ({pt_first} {pt_last}), code {ssp_code}, at {street} encampment, {city}.
Exchange: {syr} units, {kits} Kloxxado, test strips. Buprenorphine interest - linked to {fac_town} bridge clinic, appt {d_v2} {time3}.
Partner {p1_first} also present, code not on file. Car: {vin} (client asked us to note it for tow-yard letter).
Outreach: {staff_full} {ph_staff}""",
    ),
    "sg_naloxone_distribution_csv": (
        """naloxone_distribution_export.csv  program={program}  ndc={ndc}
date,recipient,zip,phone,kits,lot,trained_by,reversal_reported
{p1_d},{p1_full},{p1_zip},{p1_ph},{kits},{nlot},{staff_initials},N
{p2_d},{p2_init},{p2_zip},,{kits},{nlot},{staff_initials},Y - {d_md}
{p3_d},{p3_full},{p3_zip},{p3_ph},{kits},{nlot},{staff2_initials},N
{p4_d},anon,{p4_zip},,{kits},{nlot},{staff2_initials},N
{p5_d},{p5_lf},{p5_zip},{p5_ph},{kits},{nlot},{staff_initials},N
total kits {n1}; reversals {n4}; pharmacy standing order {policy}""",
        """Naloxone leave-behind log - EMS/community paramedic
{dt1} | {street}, {city} | OD patient {pt_full} ({age_lo}) refused transport | kit to {par_full} {ph1} | medic {staff_full}
{dt2} | {p1_street}, {p1_city} | bystander {p1_full} | {kits} kits lot {nlot} | {p1_ph}
{dt3} | {p2_street}, {p2_city} | family {p2_full} | {kits} kits | trained {mins} min
Unit {bed}; {n2} kits left.""",
    ),
    "sg_health_fair_screening": (
        """COMMUNITY HEALTH FAIR SCREENING SHEET   {program}   {d_md}  {city}
Name: {pt_full}   DOB: {dob}   Phone: {ph1}   Email: {em1}
Address: {street} {apt}, {city} {zip}
Check-in: palm-vein scan {bio_palm}   Visit # {fin}
BP {bp}  HR {hr}  BMI {bmi}  Glucose (random) {glucose}  Chol {chol}  A1c {a1c}%
PHQ-2 {score}. Flu shot {vax} lot {lot} given {time2}.
Insurance: {member} group {group}  /  uninsured referral to {fac_town}
Home BP cuff loaned: serial {dev_cuff}. Screener: {rn_full} ({rn_lic})""",
        """Mobile clinic session {session} - {nbhd}, {city} - screening roster
{p1_lf} | {p1_dob} | {p1_ph} | BP {bp} | glu {glucose} | referred
{p2_lf} | {p2_dob} | {p2_ph} | BP {bp} | glu {glucose} | ok
{pt_lf} | {dob} | {ph1} | BP {bp} | A1c {a1c} | palm ID {bio_palm} | cuff {dev_cuff}
Provider on van {dr_full} (NPI {npi}). {n1} screened, {n2} referred. Supplies {money}.""",
    ),
    "sg_shelter_health_log": (
        """SHELTER HEALTH LOG - {org} - bed {bed}
Client {pt_lf}   HMIS {hmis}   DOB {dob}   age {age90}
Entry by finger scan {bio_fp}; photo {photo1}
{d_v1} {time}: cough x3 wk, night sweats -> TB symptom screen +; masked, moved to iso room, called TB program {ph_org}.
{d_v2}: CXR at {fac_town}; sputum x3 ({spec}). Mail to {street}, {city} (sister {sib_full} {ph2}).
Vehicle on lot: {plate} (client sleeps in car some nights).
Nurse {rn_full}. Medicare {mbi}.""",
        """Night shift health desk - {d_md}
{time2} {pt_first} {pt_last} (HMIS {hmis}) BP {bp}, asks for {drug}; pharmacy Rx {rx_no}.
{time3} {p1_full} (HMIS {case_id2}) fall in bathroom, no LOC, age {age90b}; EMS declined.
{time} finger scan for {p2_full} failed, manual entry; template {bio_fp}.
Lost ID: ordered replacement using photo {photo1}; client SSN {ssn} given to caseworker {staff_full}.""",
    ),
    "sg_street_outreach_note": (
        """STREET OUTREACH ENCOUNTER   {d_md} {time2}   team {org}
Client: {pt_full} aka "{pt_nick}"   DOB {dob}   HMIS {hmis}
Location: camp under overpass, {nbhd}, {city} (last housed {street}, {apt}, {city2})
Needs: wound care L leg, {drug2}, ID replacement (SSN {ssn}, DL {dl}).
Vehicle: RV, VIN {vin}, plate {plate} - tow notice posted.
Phone (prepaid) {ph1}. Photo for ID packet {photo1}.
Referred to {fac_town} respite; CM {staff_full} {ph_staff}. VI-SPDAT {score}.""",
        """Outreach text/phone log for {pt_first} ({hmis})
{d_md}: met at {street}, {city}; gave {kits} naloxone, socks, {syr} syringes.
{d_md2}: text from {ph1}: "at my moms {p1_street}".
{d_v3}: housing interview w/ {staff_full}; needs birth cert (born {city2}, {dob}); SSN {ssn_dash}.
{d_v4}: van plate {plate} towed to lot - fee {money}. Medicaid {mcd}. Photo {photo2}.""",
    ),
    "sg_refugee_health_followup": (
        """REFUGEE HEALTH ASSESSMENT - FOLLOW-UP    {program}
Name: {pt_lf}   DOB: {dob}   A-Number: {anum}   I-94 {i94}
Country: {country}   US arrival {d_prev}   Resettlement agency case {res_case}
Address: {street} {apt}, {city} {zip}   Phone {ph1} (via caseworker {staff_full} {ph_staff})
Interpreter: {interp_full} ({interp_lang})
IGRA {igra} -> LTBI ({icd2}); CXR normal; start {drug} {d_v2}. Hgb {hgb}. Strongyloides IgG neg.
Vaccines: {vax} lot {lot}, {vax2}. Medicaid {mcd}; SSN {ssn}.
IOM biometric ref {bio_iris}; photo {photo1}. Next visit {d_next} with Dr. {dr_last}.""",
        """Refugee clinic phone follow-up {d_md} - {interp_lang} interpreter {interp_first}
Spoke with {pt_full} (A# {anum}) and spouse {par_full}. Children {sib_first}, {p1_first}.
{pt_first} completed {dot_no} of 12 weeks {drug}. Lives now at {street}, {city}; new cell {ph1}.
Referred to dentist at {fac_town}. Family case {res_case}; biometric enrolment {bio_fp}.""",
    ),
    "sg_wic_snaped_referral": (
        """WIC REFERRAL / CERTIFICATION SUMMARY
Participant: {pt_full}  (infant)  DOB {dob_inf}   WIC family ID {wic_id}
Parent: {par_lf}   {street}, {apt}, {city} {zip}   ph {ph1}   {em2}
eWIC card {ebt}. Medicaid {mcd}.
Hgb {hgb} g/dL; wt {wt_lb} oz; breastfeeding + formula. Risk codes 134, 211.
Referred by {rn_full}, {fac_town} - fax {fax}. Appt {d_v1} {time3}. SNAP-Ed class session {session}.""",
        """SNAP-Ed / WIC cross-referral (email thread)
From: {staff_full} <{em_staff}>  Sent: {dt1}
Please enroll {par_full} ({ph1}) and kids {pt_first} ({dob_kid}) and {sib_first} in cooking class series session {session}.
Family moved to {street}, {city}; old card {ebt} reported lost, replacement issued {d_v1}.
WIC ID {wic_id}. Dietitian {rn_first} will call {d_v2}.""",
    ),
    "sg_home_visiting_nurse": (
        """HOME VISIT - NURSE HOME VISITING PROGRAM   visit #{dot_no}
Client: {par_full}   Client ID {hv_id}   DOB {dob}
Infant: {pt_full}   DOB {dob_inf}   MRN {mrn}
Home: {street}, {apt}, {city} {zip}  ph {ph1}
Date {d_v1}, {time2}. EPDS {epds}. Infant wt {wt_lb} oz; feeding 8x/day. Car seat checked.
Partner {p1_full} present. Apnea monitor serial {dev_pump} - alarms x2 this week.
Medicaid {mcd}. Next visit {d_v3}. Nurse {rn_full}, {rn_lic}""",
        """NHV note {d_md}: visited {par_first} and baby {pt_first} at grandmother {p2_full}'s home, {p2_street}, {p2_city}.
EPDS {epds} (up from {score}) - warm handoff to behavioral health at {fac_town}, appt {d_v2}.
Breast pump loaner serial {dev_cuff}. Infant jaundice resolved. Immunizations: {vax} given {d_prev}.
Client ID {hv_id}; {par_first}'s cell {ph1}; email {em2}. - {rn_first} {rn_last}, RN""",
    ),
    "sg_phl_submission_form": (
        """PUBLIC HEALTH LABORATORY - CLINICAL SPECIMEN SUBMISSION   {form} {form_ver}
Submitter: {fac_town}   CLIA {clia}   Submitter fax {fax}   ph {ph_org}
Ordering provider: {dr_lf}   NPI {npi}
Patient: {pt_lf}   DOB {dob}   Sex {sex}   MRN {mrn}
Address {street}, {city} {zip}
Specimen: {spec_type}  source ID {spec}  collected {dt1}
Test: {method} for {organism}  LOINC {loinc}   Outbreak # {outbreak}
PHL accession {acc}   received {d_rep}   billing acct {acct}
Result: {result_txt}, Ct {ct} / {ct2}. Reported to {epi_full}.""",
        """PHL requisition (handwritten, OCR)  PAT1ENT: {pt_caps}  D0B: {dob}
subm1tter {fac_town} / fax {fax2} / Dr {dr_last}
spec#: {spec}  coll: {d_col}  tests: WGS, serotyping  -- CLIA {clia}
pt ph {ph1}  Medicaid {mcd}  outbreak {outbreak}
acc: {acc}  rec'd by {staff_initials} {dt2}""",
    ),
    "sg_isolation_order": (
        """ORDER OF THE LOCAL HEALTH OFFICER FOR ISOLATION   Order No. {order_no}
To: {pt_full}, date of birth {dob}, residing at {street}, {apt}, {city}, {county}, {zip}.
You have been diagnosed with {organism} ({icd}). You must remain isolated at the above address from {d_rep} through {d_end}.
Compliance will be verified by phone ({ph1}) and daily check-in at {url1}. Pulse oximeter issued, serial {dev_pox}.
If you fail to comply, this order may be enforced under court case {court_no}.
Issued {d_sign} by {ho_full}, MD, Health Officer. Served by {staff_full}; photograph of respondent {photo1}.""",
        """Isolation compliance log - order {order_no} - {pt_lf}
{dt1} check-in via web, {ip1}, temp {temp} C, SpO2 {spo2}%
{dt2} no check-in; call to {ph1} unanswered; email {em1}
{dt3} field visit by {staff_full}: vehicle {plate} absent from {street}; neighbor {p1_first} says pt at {work_town}
Escalated to {ho_full}; petition {court_no}; GPS monitor {dev_gps} per court order. Photo ID {photo2}.""",
    ),
    "sg_reporting_portal_audit": (
        """ELR/ONLINE REPORTING PORTAL - SUBMISSION AUDIT
{dt_log}  user={user_id} ({dis_full})  ip={ip1}  action=CREATE_CASE  case={case_id}
{dt_log2} user={user_id}  ip={ip1}  action=ATTACH  file={photo2}
{dt_log3} user=reporter:{em_dr}  ip={ip2}  action=VIEW  url={url1}
patient={pt_lf} dob={dob} condition={icd} loinc={loinc} jurisdiction={jcode} app v{version}""",
        """Web report received {dt1}
Submitter: {dr_full} <{em_dr}>   from {ip1}   confirmation {sub_id}
Patient {pt_full}, {dob}, {street}, {city} {zip}, ph {ph1}
Condition {organism}, status {status}, {method} {result_txt}
Follow-up link (expires 72 h): {url1}
Duplicate check against {case_id}: no match. Port {port}, HL7 {hl7_ver}.""",
    ),
    "sg_elr_hl7_message": (
        """MSH|^~\\&|LIS|{fac_town}^{clia}^CLIA|DOH-ELR|STATE|{dt_hl7}||ORU^R01^ORU_R01|{msg_ctl}|P|{hl7_ver}
PID|1||{mrn}^^^MR~{ssn_dash}^^^SS||{pt_last_caps}^{pt_first_caps}^^^^^L|{maiden}|{dob_hl7}|{sex}||2106-3|{street}^^{city}^{state}^{zip}^USA^H||{ph1}
IN1|1|MCD||STATE MEDICAID|||||||||||||||||||||||||||||||||||{mcd}
PV1|1|O|||||{npi}^{dr_last}^{dr_first}||||||||||||{fin}
OBR|1||{acc}|{loinc}^{organism}^LN|||{dt_hl7b}
OBX|1|ST|{loinc}^^LN||{result_txt}||||||F
OBX|2|NM|{loinc2}^Ct value^LN||{ct}|cycles|<40||||F""",
        """ELR ingest error queue - message {msg_ctl}
ERR: PID-11 ZIP invalid for county ({zip} / {county}); PID-5 {pt_lf}; DOB {dob}
Raw: PID|1||{mrn}^^^{fac_town}^MR||{pt_last_caps}^{pt_first_caps}||{dob_hl7}|{sex}|||{street}^^{city}^{state}^{zip}||{ph1}
Ordering {dr_full} (NPI {npi}); specimen {spec}; ORC-? missing; resolved by {staff_full} {dt2}""",
    ),
    "sg_animal_bite_report": (
        """ANIMAL BITE / RABIES EXPOSURE REPORT   No. {bite_no}
Victim: {pt_full}   DOB {dob_kid}   Parent {par_full}   ph {ph1}
Address {street}, {city} {zip}
Date of bite {d_exp}; site R hand; animal: {animal}, owner {p1_full}, {p1_street}, {p1_ph}
Animal quarantine 10 days at owner home through {d_v2}; vet {dr_last}.
PEP: HRIG + vaccine days 0/3/7/14 - {d_v1}, {d_v2}, {d_v3}, {d_v4} at {fac_town} (lot {lot}).
Investigator {insp_full}, ACO incident {tag_no}. ICD-10 {icd2}.""",
        """Bat in bedroom - call {d_md} {time2}: {pt_full} ({ph1}) woke with bat in room at {street}, {apt}, {city}; also kids {sib_first} and {p1_first}.
Bat submitted to PHL, accession {acc} - result {hep_val2} for rabies ({method}).
Advised PEP at {fac_town}; claim {claim}. EH: {insp_full}.""",
    ),
    "sg_tb_contact_clinic_roster": (
        """TB CONTACT INVESTIGATION - SCREENING CLINIC ROSTER   index case {case_id}  site: {work_town}
session {session}   date {d_v1}   clinician {rn_full} ({rn_lic})
 no  name                     dob          emp/phone        TST read   IGRA      CXR
 1   {p1_lf}           {p1_dob}   {p1_ph}     {tst}      {igra}    ordered
 2   {p2_lf}           {p2_dob}   {p2_ph}     {tst}      -         -
 3   {p3_lf}           {p3_dob}   {p3_ph}     pending    {igra}    -
 4   {p4_lf}           {p4_dob}   {p4_ph}     {tst}      -         neg
Window prophylaxis for child {sib_first} ({age_kid} y). Next read {d_v2}. Employer contact {staff_full} {ph_org}.""",
        """Contact investigation note {d_md}: {pt_full} (index {case_id}) household: {p1_full} ({p1_dob}), {p2_first} ({age_kid}), {p3_full} ({p3_dob}).
Congregate setting: {fac_town2} - {n1} residents/staff listed; {n2} tested ({pct}).
Household all IGRA tested {d_v2}; {p1_first} positive {igra} -> 3HP start {d_v3} ({drug}).
{p3_full} declined; letter sent to {p3_street}, {p3_city}. CI nurse {rn_full}.""",
    ),
    "sg_perinatal_hepb_case": (
        """PERINATAL HEPATITIS B PREVENTION - CASE MANAGEMENT
Mother: {par_lf}  DOB {dob}  MRN {mrn}  HBsAg {hep_val} ({d_prev}), HBeAg {hep_val2}
Infant: {pt_full}  DOB {dob_inf}  born at {fac_town}  MRN {mrn2}
HBIG + HepB dose 1 given {d_rep} (lot {lot}); dose 2 due {d_next}.
Address {street}, {city} {zip}; phone {ph1}; pediatrician {dr_full} fax {fax}.
Household contacts: {p1_full} ({p1_dob}), {sib_first}. Case {case_id}.""",
        """Perinatal HBV - PVST reminder letter sent {d_md} to {par_full}, {street} {apt}, {city} {zip}
Infant {pt_first} {pt_last} (DOB {dob_inf}) completed series {d_v4}; post-vaccination HBsAg/anti-HBs due at {age_mo} months.
Ped office {fac_town} (ph {ph_org}, fax {fax}). Case mgr {rn_full}. Medicaid {mcd}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """WEEKLY NOTIFIABLE CONDITIONS SUMMARY - MMWR week {mmwr}, {year}
Jurisdiction {jcode}. {organism}: {n1} cases this week, {n3} YTD; rate {rate} per 100,000 (prior year {rate2}).
Census tracts {tract} and {tract2} account for {pct2} of cases. ICD-10 {icd}; LOINC {loinc}.
Case definitions per CSTE {year}. Questions to {role}.""",
    """TB PROGRAM COHORT REVIEW ({year})
Cases counted: {n1}; completed therapy within 12 months {pct}; culture conversion by 60 days {pct}.
Regimen mix: {drug} ({n2}), {drug2} ({n4}). Contacts elicited {n3}, evaluated {pct}, LTBI treated {n2}.
TST induration cut-point {tst}; IGRA positive at >= 0.35 IU/mL (e.g. {igra}). Next review led by {role2}.""",
    """Standing order {policy}: naloxone distribution
{drug} (NDC {ndc}), {kits} kits per encounter. Lot {nlot} expires {cvx_lot_exp}. Train {mins} min.
Document in program {program} database; do not collect names. Billing HCPCS {hcpcs}. {role} signs quarterly.""",
    """Lead program data brief {year}: children tested {n3}; BLL >= 3.5 ug/dL {pct2}. Mean venous BLL {bll} ug/dL (range {bll2}-{bll}).
Housing built before {bldg_year}: {pct}. Tracts {tract}, {tract2} prioritised. CPT {cpt} / ICD-10 {icd2}.
Follow-up per CDC {year} reference value. Env assessments completed: {n1}.""",
    """Mobile clinic schedule - session {session}
Start {time2}, close {time3}. Vaccines on board: {vax} (lot {lot}), {vax2} (lot {lot2}). Cold chain {temp} C.
BP cuffs, glucometers (QC {glucose} mg/dL control). Staffing: {role}, {role2}, {n4} volunteers. Budget {money}.""",
    """Outbreak {outbreak} close-out memo ({organism})
Cases {n1} (primary {n2}, secondary {n4}); attack rate {pct2}; median age {age_lo}; range {age_kid}-{age_lo3}.
Specimens {n2}, {method} positive {n4}; Ct range {ct}-{ct2}. Control measures per {policy}. Reported to {program}.""",
    """School immunization coverage report, {year}
Kindergarten MMR 2 doses {pct}; Tdap grade {grade} {pct}; exemptions {pct2} (medical {n4}, personal {n2}).
CVX {cvx}, {cvx2} counted. Form {form} {form_ver}. Exclusion threshold under {policy}. Contact {role}.""",
    """SSP monthly report: encounters {n3}; syringes distributed {n3}, returned {syr_in}; naloxone kits {n1}; reversals {n4}.
Fentanyl test strips {n2} boxes. HCV screening {n2} ({hep_val} {n4}). Sharps containers {kits}. {program}.""",
    """Drinking water program: system {pwsid} ({pop} served). Total coliform {coliform}; free chlorine {chlorine} mg/L;
nitrate {nitrate} mg/L; lead 90th percentile {ph_ppb} ppb (action level 15). Boil-water advisory lifted per {policy}.""",
    """Food establishment inspection summary, permit {food_permit}
Priority violations {n4}; hot holding {temp_food} F (req 135 F); cold holding 41 F. Sanitizer 200 ppm quat.
Reinspection in 10 days. Fee {money}. Inspector role: {role}.""",
    """Case definition excerpt ({year}): {organism}
Confirmed: detection by {method} in a clinically compatible case. Probable: epi-linked case. Titer >= {titre} supportive.
Exclude if {eponym}. Reporting timeframe 24 h; ICD-10 {icd}; LOINC {loinc} / {loinc2}.""",
    """Refugee domestic screening protocol ({form_ver})
Age >= {age_kid}: IGRA; <2 y: TST {tst}. Hgb if age > {age_mo} months; lead screen ages 6 mo-16 y.
Presumptive treatment: albendazole 400 mg; ivermectin per weight. Interpreter ({interp_lang}) for all visits. CPT {cpt}, {cpt2}.""",
    """DOT protocol {policy}
{drug} and {drug2} under direct observation, {dot_tot} doses. Missed dose: contact within 24 h; after {n4} missed, nurse visit.
Monthly: weight, LFTs if age > {age_lo}, vision for ethambutol. Video DOT allowed per program {program}.""",
    """Health fair totals: screened {n3}; BP >= 140/90 {pct2}; random glucose >= 200 {n2}; A1c mean {a1c}%.
Cholesterol mean {chol}; BMI mean {bmi}. Flu vaccines {n1} ({vax}, lot {lot}). Money raised {money}. Thanks to {org}.""",
    """Line list data dictionary ({version})
case_no: integer; resident: text; dob: date; age: years (>89 aggregated); room: text; onset: date; symptoms: V/D/F;
specimen: accession; result: {result_txt}/pending. Export as CSV; jurisdiction {jcode}; MMWR week {mmwr}.""",
    """HL7 ELR implementation note v{hl7_ver}
OBX-5 for Ct values numeric (e.g. {ct}); units cycles; reference "<40". OBR-4 LOINC {loinc}. MSH-10 control {msg_ctl}.
Port {port}; TLS required. Facility CLIA in MSH-4 (e.g. {clia}); group NPI {grp_npi} in ORC-21.""",
    """WIC clinic session {session}: {n1} certifications, {n2} recertifications, {n4} breastfeeding peer visits.
Hgb screen mean {hgb} g/dL; referrals to SNAP-Ed {n2}. Formula rebate contract {form}. Clinic staff: {role}.""",
    """Home visiting program quarterly: families enrolled {n3}; visits completed {pct}; EPDS >= 10 {pct2} (mean {epds}).
Safe sleep education {pct}; immunizations up to date at 12 months {pct}. Program {program}; funding {money}.""",
    """Animal bite program {year}: bites reported {n3}; {animal} most common; PEP courses {n1} (HRIG + 4 doses).
Bats tested {n2}, positive {n4}. Rabies vaccine lot {lot} (stock). ICD-10 {icd2}; CPT {cpt2}.""",
    """Vital records office: fees - certified copy {money}; amendment {money}. Processing {n2} business days.
Burial-transit permits issued {n3} ({year}); cremation authorizations require ME release per {policy}. Form {form} {form_ver}.""",
    """Immunization registry data quality ({year}): duplicate rate {pct2}; records merged {n3}; doses with lot {pct}.
Top CVX {cvx} and {cvx2}; {vax} lots {lot}, {lot2} recalled? no. Reviewer {role}.""",
    """Shelter health services: TB symptom screens {n3}; referrals {n2}; BP checks (mean {bp}); wound care {n1}.
Beds {bed}; occupancy {pct}. Heat advisory protocol {policy}; ice packs, {kits} cases water. {org}.""",
    """Partner services metrics: index cases {n1}; partners initiated {n2}; treated {pct}; median days to treatment {n4}.
{drug} stock ({ndc}) adequate. RPR titer distribution median {titre}. Report to {program}.""",
    """Isolation & quarantine policy summary ({policy})
Health officer may order isolation for {organism}; duration per guidance ({n4}-{n2} days). Legal review by county counsel.
Pulse oximeters issued: {n1} units in stock (model PO-80, stock lot {lot2}). Support: food boxes, {money} stipend.""",
    """Lab QC log: {method} run, positive control Ct {ct}, negative control undetected; extraction control Ct {ct2}.
Reagent lot {lot}; instrument room {room}; tech shift {time2}-{time3}. Temperature {temp} C.""",
    """Promotora training agenda - session {session}
{time2} Welcome; {time3} diabetes basics (A1c {a1c}, glucose {glucose}); blood pressure technique ({bp}); {eponym2} myths.
Materials in Spanish and {interp_lang}. Facilitator: {role}. Stipend {money}.""",
)
