"""Document styles for set 3: oncology, transplant and other long-course specialty programmes.

``TEMPLATES`` maps a note type to 2-4 templates; ``{key}`` is filled from ``values`` (typed keys become gold
spans). ``NEGATIVE_TEMPLATES`` use look-alike keys only.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ---------------------------------------------------------------------------------------------
    "s3_cancer_registry_abstract": (
        """CANCER REGISTRY ABSTRACT - CASE SUMMARY                         {form} {form_ver}
Registry accession no.: {reg_acc}        Seq: 00     Class of case: 14
Patient: {pt_caps}                     Medical record #: {mrn}
DOB: {dob_old}   Age at dx: {age90}   Sex: 2   SSN: {ssn}
Addr at dx: {street}, {city}, {state} {zip}   County at dx: {county}
Date of first contact: {date2}     Date of initial dx: {dx_date}
Primary site / histology: {cancer} ({icd})
Clinical TNM: {tnm}   Stage group: {stage}   AJCC ed. 8   Grade: 3
First course tx: {regimen} started {date3}; RT {gy} Gy in {fx} fx ({technique}) - see RO summary.
Managing physician: {md1}, MD   Following physician: {md2}
Follow-up source: patient contact, {phone}   Vital status: alive as of {date4}
Abstracted by {tech_lf}, CTR  (staff ID {emp_id})  -- text fields reviewed per {policy}
""",
        """NAACCR-STYLE FIXED-WIDTH EXPORT (registry extract, record type A)
ACC_NO     LAST_NAME            FIRST        DOB         SSN          ZIP    COUNTY
{reg_acc}  {pt_last}  {pt_first}  {dob_old}  {ssn}  {zip}  {county_bare}
SITE  HIST   BEH  GRADE  TNM_C              STAGE   DX_DATE      AGE_DX
{icd}  8140   3    2      {tnm}  {stage}   {dx_date}   {age90_digits}
FACILITY_REF: {facility}   ATTENDING: {md1_lf}   MRN: {mrn}
TX_SUMMARY: {regimen_detail}; cycles completed {cycle}/{cycle_total}.
EDIT CHECKS: 0 errors, 2 warnings (edit N0485 age > 89 confirmed; year of dx {year} ok)
""",
        """Tumor Registry - Follow-up Letter Log
Case {reg_acc} / MRN {mrn}
{date2}  Letter #1 mailed to {pt_full} at {street} {unit}, {city} {zip}. No reply.
{date3}  Called contact {rel} ({phone2}) - reports patient is {age90} yrs old, living with daughter in {city2}, ECOG {ecog}.
{date4}  Physician follow-up from {md1_last} office: NED, last CEA within ref range. Status updated.
Registrar: {tech}. Reviewed {year} annual report data, NCDB submission window.
""",
    ),
    # 2 ---------------------------------------------------------------------------------------------
    "s3_tumor_board_list": (
        """MULTIDISCIPLINARY TUMOR BOARD - {board}                 Conference {visit}, {time} (hybrid)
Moderator: {md1}   Radiology: {md2_last}   Pathology: {fellow}   Navigator: {nav}
 #  Patient                MRN          Age  Dx / stage                          Question
 1  {pt_lfm}      {mrn}     {age90}  {cancer}, {stage}   Surgery vs definitive RT given age, KPS {kps}
 2  {rel2}             {mrn2}      {age}   {eponym}, new dx                     Need for PET; path accession {accession}
 3  {donor}             {mrn_donor}  {age2}  recurrence after {regimen}            Trial {protocol}?
Case 1 presenter: {md3}. Imaging from {facility} ({date2}) uploaded to PACS.
Recommendations to be entered by {time_ampm}; board policy {policy}.
""",
        """Tumor Board Case Presentation - case no. {tb_case}
Pt: {pt_full}, {age90} y.o., referred by {md2} of {facility}.
DOB {dob_old} | MRN {mrn} | lives {hood}, {city}.
HPI: {cancer} diagnosed {dx_date}; {tnm}, stage {stage}. ECOG {ecog}, KPS {kps}. {lab1}; {lab2}.
Biopsy {accession} read at outside lab {date3}; slides requested by {nav_first} ({phone}).
Discussion: {regimen} poorly tolerated at this age; consider {technique} {gy} Gy/{fx} fx. Hospice discussed with son {rel_first}.
Consensus: palliative RT. Present again {date_noyear}.
""",
    ),
    # 3 ---------------------------------------------------------------------------------------------
    "s3_chemo_order_set": (
        """CHEMOTHERAPY ORDER SET - {regimen}   (order set {form} {form_ver}; pathway {pathway})
Patient: {pt_lfm}    MRN: {mrn}    DOB: {dob}    Acct: {fin}
Cycle {cycle} Day {day} of {cycle_total} (q{cycle_len}d)   Treatment date: {visit}
Ht {ht} cm  Wt {wt} kg  BSA {bsa} m2 (Mosteller)   SCr {scr}  CrCl {crcl} mL/min
Dx: {cancer} ({icd})   Stage {stage}   ECOG {ecog}
Regimen: {regimen_detail}
Premeds: {antiemetic}; {premed}.  G-CSF: {gcsf}.
Access: implanted port, serial {port_sn}, placed {date2}; confirm blood return.
Hold parameters: ANC < 1500, Plt < 100 K. {lab1}. {lab2}.
Ordering provider: {md1}, MD  NPI {npi}  DEA {dea}
Verified: {pharm}, PharmD {time}   2nd RN check: {rn}
Fax signed copy to infusion pharmacy {fax}; questions {phone}.
""",
        """*** ONC ORDERS *** {regimen} C{cycle}D{day}
{pt_caps}  ({mrn})  {dob}
DOSE CALC: {dose_m2} mg/m2 x {bsa} m2 = {dose_total} mg (no cap). Carboplatin (Calvert): AUC {auc} x (CrCl {crcl} + 25) = {carbo_dose} mg
Dose rounding within 5% per {policy}.
Tx plan start {date3}; today {visit_us}. Reason for delay: none.
CADD pump {pump_sn} for 46-h 5-FU, disconnect {date_noyear2} at {time_ampm}.
Signed {md1_lf} NPI {npi} | Lic {lic}
Pharmacy fax {fax} | Clinic fax {fax2}
""",
    ),
    # 4 ---------------------------------------------------------------------------------------------
    "s3_infusion_chair_schedule": (
        """INFUSION CENTER CHAIR SCHEDULE - {facility} - {visit}
Chair,Time,Patient,MRN,Regimen,Min,Pump SN,RN,Notes
{chair},{time},"{pt_lfm}",{mrn},{regimen} C{cycle}D{day},{chair_min},{pump_sn},{rn_first},palm check-in {palm_id}
{count},{time2},"{rel2}",{mrn2},{brand} maint,60,,{rn_first},ride at 1500
{num},{time_ampm},"{donor_lf}",{mrn_donor},hydration 1 L,{chair_min},,{tech_first},labs pending
# export by {emp_id} from host {ip2}; {org} policy {policy}
""",
        """Infusion Suite Daily Board  {visit}   Charge RN: {rn}
CHAIR {chair}  {time}  {pt_full} (goes by {pt_nick})  MRN {mrn}
  {regimen} C{cycle}D{day}  est {chair_min} min  BSA {bsa}
  ID verified: photo on file {photo}; palm vein {palm_id}
  Parking: accessible permit, plate {plate}
  Next appt {date_noyear2}; transport by daughter {rel_first}, cell {phone2}
CHAIR {count}  {time2}  (blocked - pump maintenance, {policy})
""",
    ),
    # 5 ---------------------------------------------------------------------------------------------
    "s3_radonc_treatment_summary": (
        """RO OTV note wk {num} - {pt_lfm} (MRN {mrn}), DOB {dob}, treated at {facility} under Dr. {md3_last}. Fx {fx_done}/{fx} of
{gy} Gy {technique} to {site}. Skin intact; {ctcae}. Wt {wt} kg. Pt asks to move remaining fractions
to the satellite in {city2} starting {date_noyear2}; request faxed to {fax} on {date3}. Pt lives at {street},
{city} - drives self. Next OTV {date_noyear}.
""",
        """RADIATION ONCOLOGY - END OF TREATMENT SUMMARY
Patient: {pt_full}   DOB: {dob}   MRN: {mrn}
Referring: {md1}   Radiation Oncologist: {md3}, MD
Diagnosis: {cancer}, {tnm}, stage {stage} ({icd})
Course: {site}, {technique}, {energy}. {gy} Gy in {fx} fractions ({fx_dose} Gy/fx).
Start: {tx_start}   Completed: {tx_end}   Elapsed days: {num}   Breaks: none
Concurrent: {regimen} weekly. Toxicity: {ctcae}. {lab1}.
Pacemaker ({pacer_sn}) interrogated pre/post per {policy}; max dose to device < 2 Gy.
Follow-up {date_noyear2} at {facility}. cc: {md2}, fax {fax}
Dictated {datetime} by {md3_last}; transcribed {emp_id}.
""",
        """Rad Onc Treatment Summary -- {pt_lfm} -- #{mrn}
Pt is a {age90}-year-old from {city} seen for {cancer}. Delivered {gy} Gy/{fx} fx {technique} to {site}
between {tx_start} and {tx_end}. ECOG {ecog} -> {ecog}. Daily CBCT. Pt parked in RO lot (plate {plate}) daily.
Skin: RTOG grade 1. Weight {wt} kg (was {ht} cm / BSA {bsa}).
Plan: surveillance; survivorship visit with {nav}. Copy to {md1}, {facility2}.
""",
    ),
    # 6 ---------------------------------------------------------------------------------------------
    "s3_radonc_simulation_sheet": (
        """CT SIMULATION / SETUP SHEET                                   {form}
Name: {pt_caps}    MRN: {mrn}    DOB: {dob}
Sim date/time: {datetime}   Therapist: {tech}   Physician: {md3_lf}
Site: {site}  Position: supine, arms up, Vac-Lok #{num}, knee sponge B
Immobilization: thermoplastic mask, wing board index {count}
Setup photos: face {photo2}, ant/lat {photo}
Surface guidance: AlignRT reference {face_id}
Tattoos x3 (ant, L lat, R lat). Bladder full (500 mL 45 min prior). Rx {gy} Gy / {fx} fx, {energy}.
Cardiac device: yes - serial {pacer_sn}; RO device policy {policy}.
Patient ID at console by palm scan {palm_id} + DOB.
""",
        """SIM NOTE  {visit}
{pt_full} ("{pt_nick}") - second sim after weight loss ({wt} kg, BSA {bsa}).
ID photo captured: {photo}. Verbal ID + DOB {dob}. Ref. from {facility}.
Mask remade; isocenter shifted 0.4 cm sup. Motion management: DIBH, {technique}.
Next: planning CT fusion with PET {date2}; first fraction {date3}.
Contact: {phone}. Sim therapist {tech_first}; MD {md3}.
""",
    ),
    # 7 ---------------------------------------------------------------------------------------------
    "s3_cart_chain_of_identity_label": (
        """=== CELL THERAPY PRODUCT LABEL (chain of identity) ===
PRODUCT: {cart_brand}   FOR AUTOLOGOUS USE ONLY
COI: {coi}    DIN: {din}    Bag: {bag_id}
Patient name: {pt_caps}   DOB: {dob}
Hospital MRN: {mrn}   Subject/Pt ID: {subj}
Dose: {cd3}   Vol {vol}   Store <= -150 C (vapor phase LN2)
Collection date: {date2}   Mfg date: {date3}   Expiry: {date4}
Infusing site: {facility}
Verified at bedside by {rn_lf} and {pharm_lf}: fingerprint {fp_id}; patient photo {photo}
""",
        """COI/COC verification log - {cart_brand}
Pt: {pt_lfm} | COI {coi} | DIN {din} | MRN {mrn}
Shipper received {datetime} from courier, vehicle plate {plate}, dry shipper temp -182 C, logger OK.
Thaw start {time}; thaw complete {time2}. Product label matches wristband (name, DOB {dob}, COI) - yes.
Biometric ID at bedside: {fp_id}.  Photo ID {photo} matched.
Checked: {tech} (cell therapy lab, emp {emp_id}) / {rn}.
""",
    ),
    # 8 ---------------------------------------------------------------------------------------------
    "s3_apheresis_collection_log": (
        """APHERESIS COLLECTION LOG - Apheresis Unit, {facility}
Date: {visit}   Procedure: {form} leukapheresis for CAR-T manufacture
Donor/pt: {pt_full}   MRN {mrn}   DOB {dob}   ABO/Rh {abo}
Check-in biometric: palm {palm_id}
Access: R IJ tunnelled catheter, lot not device-specific ({lot}); cell separator SN {pump_sn}
Pre CBC: {lab1}; {lab2}. CD3+ count adequate.
Processed {num} L, ACD-A ratio 12:1, Ca gluconate prophylaxis.
Product: DIN {din}, COI {coi}. Courier pickup {time_ampm}, vehicle {plate}.
Apheresis RN {rn}; MD {md1}.
""",
        """Stem cell mobilization / collection flowsheet
{pt_lfm}   ({mrn})   Day {day} of collection
Mobilization: G-CSF 10 mcg/kg + plerixafor 0.24 mg/kg at {time} on {date_noyear}
Peripheral CD34 {num}/uL.  Yield today {cd34}; cumulative target 5.0 x10^6/kg.
Product bag {bag_id}, DIN {din}.
Cell processor serial {pump_sn}.
Pt ID confirmed via palm scan {palm_id}. Next collection {date2}.
Questions to {coord} at {phone}.
""",
    ),
    # 9 ---------------------------------------------------------------------------------------------
    "s3_marrow_donor_search_report": (
        """UNRELATED DONOR SEARCH - PRELIMINARY REPORT     requested {date2}
Recipient: {pt_lfm}   Recipient ID (registry): {nmdp}   MRN: {mrn}
DOB {dob}   ABO {abo}   Dx {cancer}
Recipient HLA: A {hla_a}; B {hla_b}; C {hla_c}; {hla_dr}; {hla_dq}
Potential donors: {num} at 10/10, {count} at 9/10. Top donor GRID {grid} ({hla_match}), age {age2}, CMV neg.
Cord units: 2 >= 4/6. Related: sibling {rel} typed {date3} - haploidentical.
Search coordinator: {coord}  {phone}  fax {fax}
Transplant physician: {md1}.  Insurance pre-auth {pa_ref}.
""",
        """Donor search note ({org})
{date2}: Formal search opened for {pt_full} (ID {nmdp}). Confirmatory typing requested on GRID {grid}; CT kit shipped to donor center.
{date3}: Related donor option - brother {rel} from {city2} typed {hla_match}; HLA lab accession {accession}.
{date4}: Work-up request sent, collection target {date_noyear2}. Payer: member {member_id}, group {group_no}.
-- {coord}, BMT coordinator
""",
    ),
    # 10 --------------------------------------------------------------------------------------------
    "s3_hla_typing_report": (
        """MSH|^~\\&|HISTOLAB|TXC|EHR|TXC|{visit_hl7}||ORU^R01|{msg_id}|P|2.5.1
PID|1||{mrn}^^^TXC^MR||{pt_caret}||{dob_hl7}|U|||{street}^^{city}^{state}^{zip}||{phone}
OBR|1|{order_no}|{accession}|HLA-NGS^HLA typing high res|||{visit_compact}
OBX|1|ST|HLA-A||{hla_a}||||||F
OBX|2|ST|HLA-B||{hla_b}||||||F
OBX|3|ST|HLA-DRB1||{hla_dr}||||||F
OBX|4|NM|cPRA||{cpra}||||||F
""",
        """HISTOCOMPATIBILITY LABORATORY REPORT
Accession: {accession}      Received: {datetime}      Reported: {date2}
Patient: {pt_lfm}     MRN: {mrn}     DOB: {dob}
Ordering: {md1}, {facility}
Method: NGS high resolution (LOINC {loinc})
  HLA-A     {hla_a}
  HLA-B     {hla_b}
  HLA-C     {hla_c}
  HLA-DRB1  {hla_dr}
  HLA-DQB1  {hla_dq}
Single antigen bead: cPRA {cpra}; {dsa}. Crossmatch: {xm}.
Director: {md2}, PhD, D(ABHI)    Lab fax {fax}
""",
        """HLA TYPING - RELATED DONOR PANEL
Recipient {pt_caps} ({mrn})   sample {accession}
Donor 1: {donor}, DOB {donor_dob}, sample {accession2} - {hla_match}
Donor 2: {rel}, DOB {rel_dob} - not typed, declined
Recipient A {hla_a} / B {hla_b} / {hla_dr}
Report released to {coord} {date3}; call {phone} with questions. Fax results to {fax}.
""",
    ),
    # 11 --------------------------------------------------------------------------------------------
    "s3_organ_waitlist_listing_form": (
        """TRANSPLANT WAITLIST REGISTRATION (liver)                       {form}
Candidate: {pt_lfm}   SSN: {ssn}   DOB: {dob}
Waitlist ID: {unos}   MRN: {mrn}
Address: {street}, {unit}, {city}, {state} {zip}   County: {county}
Home phone {phone}  Alt (spouse {rel}) {phone2}
Listing date: {date2}   MELD {meld}, MELD-Na {meld_na}   ABO {abo}
Diagnosis: {eponym2} / NASH cirrhosis ({icd2})
Distance: lives within 3 h; own vehicle plate {plate}, backup driver {rel2}.
Photo for transplant ID badge: {photo}
Insurance: {member_id}, group {group_no}. Coordinator: {coord}.
""",
        """Heart/kidney listing worksheet
{pt_full} | DOB {dob} | WL {unos} | MRN {mrn}
Status: 2 (temporary MCS) - LVAD serial {lvad_sn} implanted {date3}
cPRA {cpra}; EPTS {epts}; ABO {abo}. {lab1}. {lab2}.
Residence: {street2}, {city} {zip}. SSN on file {ssn}.
Vehicle for on-call travel: VIN {vin}.
Listed {date2} by {md2}; committee review {date_noyear2}.
""",
    ),
    # 12 --------------------------------------------------------------------------------------------
    "s3_living_donor_workup": (
        """LIVING KIDNEY DONOR EVALUATION - INDEPENDENT LIVING DONOR ADVOCATE NOTE
Potential donor: {donor}  DOB {donor_dob}  Donor MRN {mrn_donor}  SSN {ssn_donor}
Intended recipient: {pt_full} (MRN {mrn}) - relationship: friend from church in {city}
Donor address: {street2}, {city2} {zip2}. Driver's license {dl} seen.
BMI {bmi}, BP {bp}, eGFR {gfr}, blood type {blood_type_donor}; {lab3}.
Crossmatch: {xm}. KDPI n/a (living). Paired exchange discussed.
Donor reached at {phone2} / {donor_email}. Advocate: {sw}. Visit {visit}.
""",
        """Living donor workup checklist - donor {donor_lf}
[x] Consent signed {date2} (witness {rn})    [x] CT angio {date3}
[x] Psychosocial eval by {sw_last}            [ ] Dental clearance
Recipient: {pt_lfm} (WL {unos}); donor chart {mrn_donor}, donor SSN {ssn_donor}
Donor video visit link {url2} from {ip}
Donor employer leave form faxed to {fax}.
""",
    ),
    # 13 --------------------------------------------------------------------------------------------
    "s3_transplant_pharmacy_level_log": (
        """TRANSPLANT PHARMACY - TACROLIMUS LEVEL LOG
Pt {pt_lfm}  MRN {mrn}  Tx date {date2} (kidney, KDPI {kdpi})
Date        Trough   Goal    Dose         Pharmacist
{date3}  {tac}     {tac_goal}  {tac_dose}   {pharm_last}
{date4}  {tac}     {tac_goal}  {tac_dose}   {pharm_last}
{visit}  {tac}     {tac_goal}  {tac_dose}   {pharm}
Also on {mmf}; pred 5 mg. {lab1}. {lab2}.
Rx {rx} filled at specialty pharmacy; prior auth {pa_ref}. Pt phone {phone}.
""",
        """Tx pharm phone note {datetime}
Called {pt_first} re: FK level {tac} ng/mL (goal {tac_goal}). Timing ok (12 h). Switched Prograf -> generic? no.
Plan: decrease to {tac_dose}; repeat level {date_noyear2}. Spoke w/ wife {rel} at {phone2}.
Medicaid {medicaid}. Kiosk fingerprint pickup {fp_id}.
- {pharm}, PharmD, BCTXP (lic {lic})
""",
    ),
    # 14 --------------------------------------------------------------------------------------------
    "s3_nurse_navigator_note": (
        """NOTA DE NAVEGACION (paciente hispanohablante, con interprete telefonico)
Fecha: {visit}. Paciente: {pt_full}, fecha de nacimiento {dob}. Expediente {mrn}.
Vive en {street}, {unit}, {city}. Hija {rel} (tel. {phone2}) ayuda con transporte.
Diagnostico: {cancer}; plan {regimen}, ciclo {cycle} de {cycle_total}. Proxima cita {date2} con Dra. {md1_last}.
Correo: {email}. Navegadora: {nav}.
""",
        """Oncology Nurse Navigator - Initial Contact
Date: {visit}   Referral from {md2} ({facility})
Spoke with {pt_full}, {age90}, and granddaughter {rel} by phone ({phone}). Newly dx {cancer}.
Barriers: lives alone on {street} in {hood} ({city}); no car since {year}. Arranged Road to Recovery rides.
Portal: invited to {url}; email on file {email}.
Appointments: med onc {date2} with {md1}; RO consult {date3}. Education: {regimen}, neutropenic precautions.
Distress thermometer 6/10 - SW referral to {sw}. ECOG {ecog}.
{nav}, RN, OCN  {email_staff}
""",
        """NAV NOTE ({nav_last}) -- {date2}
Pt: {pt_lfm} / MRN {mrn}. C{cycle}D{day} {regimen}.
Called re missed appt {date_noyear}. Pt ("{pt_nick}") says ride fell through; daughter {rel_first} now driving ({phone2}).
Financial: referred to {org2}; case {case_no}.
Sent survivorship link {url} and emailed {email}. Follow up {date3}.
""",
        """navigator msg - pt is {age90} y/o, lives w/ son in {city} ({zip}). Son {rel} asks if {regimen} can be given closer to home at {facility2}. Records faxed {date2} to {fax}. Will call {phone} back {date_noyear2}.
- {nav_first}
""",
    ),
    # 15 --------------------------------------------------------------------------------------------
    "s3_survivorship_care_plan": (
        """SURVIVORSHIP CARE PLAN & TREATMENT SUMMARY
Prepared for: {pt_full}        Date: {visit}
Date of birth: {dob}           MRN: {mrn}
Diagnosis: {cancer}, stage {stage}, diagnosed {month_year}
Treatment: {regimen} x {cycle_total} cycles ({tx_start} to {tx_end}); RT {gy} Gy/{fx} fx
Implanted port {port_sn} - remove {date_noyear2}
Late effects to watch: cardiotoxicity (EF {ef} baseline), {ctcae}, neuropathy.
Surveillance: CEA q3 mo x 2 yr, CT annually; colonoscopy in {year_next}.
Care team: oncologist {md1} ({phone}), PCP {md2} ({phone3}), navigator {nav}
Your online plan: {url}   (last login from {ip})
""",
        """Survivorship visit - APP note
{pt_lfm}, DOB {dob}, MRN {mrn}. {num} months post {regimen}. Tissue expander R breast serial {port_sn} in place, exchange {date2}.
Lives in {city}; works at school district. FACT-G {num}.
Lymphedema: L arm +1.8 cm; referred for garment.
Plan e-mailed to {email}; portal {url}.
""",
    ),
    # 16 --------------------------------------------------------------------------------------------
    "s3_financial_assistance_application": (
        """FINANCIAL ASSISTANCE APPLICATION (charity care)                {form}
Applicant: {pt_lfm}     SSN: {ssn}     DOB: {dob}
Address: {street} {unit}, {city}, {state} {zip}
Phone: {phone}    Email: {email}
Account(s): {acct}; {fin}
Household size: {household}  Annual income: {income}  ({fpl} FPL)
Assets: vehicle VIN {vin}; checking {money2}
Insurance: Medicaid {medicaid} (pending)   ID verified: DL {dl}
Counselor: {sw}   Application ref {case_no2}   Received {date2}
Balance under review: {money}  (rev code {rev}, DRG {drg})
Submitted online from {ip}.
""",
        """PFS notes - FA app {case_no2}
{date2} {sw_last}: pt {pt_full} ({acct}) called from {phone}. Pt is {age90} - Medicare {mbi}, supplement denied. Needs proof of income (SS award letter {year}).
{date3}: docs rec'd by fax. Adjusted {money} to zero per {policy}. Claim {claim} rebilled.
{date4}: Letter mailed to {street}, {city} {zip}.
""",
    ),
    # 17 --------------------------------------------------------------------------------------------
    "s3_free_drug_program_application": (
        """PATIENT ASSISTANCE PROGRAM - ENROLLMENT FORM ({brand})        {form} {form_ver}
SECTION 1 - PATIENT
Name: {pt_full}   DOB: {dob}   SSN (last 4 accepted, full preferred): {ssn}
Address: {street}, {city} {state} {zip}   Phone: {phone}   E-mail: {email}
Household size {household}; income {income}
SECTION 2 - INSURANCE
Primary: member ID {member_id}  group {group_no}   Part D denial attached (claim {claim})
SECTION 3 - PRESCRIBER
{md1}, MD   NPI {npi}   Practice: {facility}   Fax {fax}
Rx: {brand} {regimen_detail}; Dx {icd}
Signature: e-signed {datetime} from IP {ip}
Track status: {url2}
""",
        """Drug replacement (manufacturer free drug) request
Case #: {case_no}   Program: {brand} replacement, NDC {ndc}, lot {lot} (stock)
Patient {pt_lfm} - MRN {mrn} - acct {acct}
Doses administered {date2} and {date3}, {dose_total} mg each; billed {hcpcs} x {num} units, {money}.
Uninsured since {date_noyear}. Approval ref {pa_ref}.
Prescriber {md1_lf} NPI {npi}. Return fax {fax}.
""",
    ),
    # 18 --------------------------------------------------------------------------------------------
    "s3_oral_chemo_rems_enrolment": (
        """REMS PATIENT-PHYSICIAN AGREEMENT / ENROLLMENT - {rems_brand}
Patient: {pt_full}    DOB: {dob}    Sex: F, FRP: no (post-menopausal)
Patient REMS ID: {rems}   Phone {phone}   Email {email}
Address: {street}, {city}, {state} {zip}
Prescriber: {md1}   NPI {npi}   DEA {dea}   Office fax {fax}
Authorization #: {pa_ref}    Survey completed {date2}
Dispensing pharmacy: {org}, Rx {rx}
Online enrollment: {url} (session IP {ip}, {datetime})
""",
        """REMS monthly survey log
{datetime}  {pt_lfm} (REMS {rems}) completed survey by phone IVR; voiceprint match {voice_id}.
Pregnancy test: n/a. Auth {pa_ref} issued, valid 30 days from {date2}.
Rx {rx}: {rems_brand} D1-21 q28d. Shipped to {street2}, {city} {zip}.
Prescriber {md1_last} (NPI {npi}).
""",
    ),
    # 19 --------------------------------------------------------------------------------------------
    "s3_hair_prosthesis_order": (
        """CRANIAL HAIR PROSTHESIS - PRESCRIPTION & ORDER
Patient: {pt_full}   DOB: {dob}   Phone: {phone}
Dx: alopecia due to chemotherapy ({icd2}), {regimen}
Rx: cranial prosthesis (HCPCS A9282), qty 1.  Cap size {wig_cap}.
Prescriber: {md1}  NPI {npi}
Member ID {member_id}  Group {group_no}
Fitting appt {date2} at salon partner; client photo for styling {photo}
Send invoice to {email} or fax {fax}
""",
        """Wig bank fitting - {org}
{visit}: {pt_first} {pt_last}, {age90}, fitted w/ donated synthetic wig, cap {wig_cap}. Photo saved {photo}. Daughter {rel} present.
Mailing: {street}, {city} {zip}. Voucher {money2}.
""",
    ),
    # 20 --------------------------------------------------------------------------------------------
    "s3_lymphedema_garment_order": (
        """LYMPHEDEMA COMPRESSION GARMENT ORDER
Pt name: {pt_lfm}   DOB {dob}   MRN {mrn}
Diagnosis: {icd2} lymphedema of upper limb after axillary dissection
Items: {garment}, {mmhg} mmHg, size {garment_size}; qty 2 + 1 night garment
Pneumatic compression device E0652, serial {garment_pump_sn}
Measurements by CLT {tech} on {date2}
Ordering provider {md2}, NPI {npi2}    Fax orders to DME {fax}
Insurance {member_id}  Ship to {street} {unit}, {city} {zip}
""",
        """Garment reorder (q6 mo) - {date2}
{pt_full} / MRN {mrn} / ph {phone}. Sleeve {mmhg} mmHg, {garment_size}. Pump {garment_pump_sn} working.
Medicare {mbi}. NPI {npi2}. Dispense from {facility}.
""",
    ),
    # 21 --------------------------------------------------------------------------------------------
    "s3_pathway_variance_report": (
        """CLINICAL PATHWAY VARIANCE REPORT   {pathway}  ({form})
Patient: {pt_lfm}   MRN {mrn}   Age {age90}   Encounter {fin}
Date of decision: {date2}   Attending {md1}
On-pathway option: {regimen}; Chosen: single-agent {brand} - variance code {variance}
Rationale: age, KPS {kps}, CrCl {crcl}; {lab1}.
Reviewed by pathway committee {date3}; reviewer {md2_last}.
""",
        """Pathway variance - {pathway}
{date2} | {pt_full} ({age90}) | {facility}
Variance: {variance}; off-pathway {brand2}. Payer {member_id} approved (PA {pa_ref}).
Submitted by {nav}.
""",
    ),
    # 22 --------------------------------------------------------------------------------------------
    "s3_cell_therapy_infusion_record": (
        """CAR-T INFUSION RECORD (Day 0)
{pt_lfm}  MRN {mrn}  COI {coi}  Room {room}-{bed}
Lymphodepletion: flu 30 mg/m2 + cy 500 mg/m2 D-5 to D-3 ({tx_start} - {date_noyear2})
Infusion {datetime}: {cart_brand}, {cd3}, via CVC, {time2} complete.
Pre: T {temp} HR {hr} BP {bp} SpO2 {spo2}%. Tocilizumab x2 on unit.
ID verification: wristband + fingerprint {fp_id}; product photo ID {photo}.
Caregiver (must stay within 2 h for 4 weeks): {rel}, {phone2}; lodging {street2}, {city}.
RN {rn}; attending {md1}.
""",
        """CRS/ICANS monitoring D+{day}
{pt_first} {pt_last} ({mrn}). Tmax {temp}. {ctcae}. ICE 10/10. {lab1}.
Caregiver {rel_first} at {phone2}. Study subject {subj}. Next check {datetime2}.
""",
    ),
    # 23 --------------------------------------------------------------------------------------------
    "s3_transplant_portal_message": (
        """From: {pt_full} <{email}>
To: Transplant Coordinators (pool)
Sent: {datetime}
Subject: labs + question about prograf

Hi {coord_first}, my level this morning was {tac} (lab said ref 5-15). I take {tac_dose}. Should I change anything before clinic on {date_noyear2}? Also my new address is {street}, {unit}, {city} {zip}.
Thanks, {pt_nick}
MRN {mrn}
--- portal audit: login {ip} via {url}
""",
        """Re: Fwd: kidney list update
> On {date2}, {coord} wrote:
> Your cPRA is now {cpra} and you remain active on the list ({unos}).
{coord_first}, thank you. My wife {rel} ({email2}) can also be reached at {phone2}. We moved to {city2}.
-{pt_first}
[sent from {ip}]
""",
    ),
    # 24 --------------------------------------------------------------------------------------------
    "s3_oncology_prior_auth_fax": (
        """-- RECEIVED BY FAX {datetime2} -- PG 1/3 -- FROM: {fax} --
PRI0R AUTH0RIZATI0N REQ - 0NCOLOGY
Mbr nane: {pt_ocr}        D0B: {dob}
Mbr ID: {member_id}    Grp: {group_no}
Reqst provder: {md1_lf}   NPl: {npi}   Ph: {phone}
Drug: {brand}  HCPCS {hcpcs}  Units {num}  Dx {icd}
Stage {stage}  ECOG {ecog}  BSA {bsa}
Case ref: {pa_ref}   ..illegible.. signed {date2}
""",
        """FAX - PRIOR AUTHORIZATION REQUEST                   Pages: {count}
To: utilization management  Fax: {fax}      From: {facility}  Fax: {fax2}
Date: {visit}
Member: {pt_caps}   Member ID: {member_id}   Group: {group_no}   DOB: {dob}
Drug: {brand} ({hcpcs}), NDC {ndc}; {regimen_detail}
Dx {icd}; {tnm}; ECOG {ecog}; line of therapy 2
Requesting MD: {md1}  NPI {npi}  Tel {phone}
Ref (payer): {pa_ref}   Acct {acct}
""",
        """PA determination received {date2}
Pt {pt_lfm} MBI {mbi}; APPROVED {hcpcs} x {cycle_total} cycles, auth {pa_ref}, valid through {date3}.
Faxed from {fax}. Notified {md1_last}, {nav} ({ext}).
""",
    ),
    # 25 --------------------------------------------------------------------------------------------
    "s3_lodging_travel_reimbursement": (
        """PATIENT LODGING & TRAVEL ASSISTANCE - MILEAGE FORM
Patient: {pt_full}   MRN {mrn}   Treatment: {technique} {gy} Gy/{fx} fx
Home: {street}, {city} {zip}    Miles one way: {num}
Vehicle: plate {plate}  VIN {vin}
Driver: {rel} (DL {dl})
Trips: {date2}, {date3}, {date4}
Lodging at {org} nights {date_noyear} - {date_noyear2}
Reimb. {money2} by check to {street} (payee SSN {ssn} for W-9)
Approved by {sw}
""",
        """Travel grant log
{date2}: {pt_lfm} ({mrn}, SS# {ssn}), {city} -> {facility}. Gas card {money2}. Plate {plate}. Caregiver {rel2}.
""",
    ),
    # 26 --------------------------------------------------------------------------------------------
    "s3_posttransplant_discharge_teaching": (
        """KIDNEY TX DISCHARGE CHECKLIST - {pt_caps} - MRN {mrn} - ADM {date2} - DC {visit}
PT/CAREGIVER ({rel}) VERBALIZED: REJECTION S/S, TEMP > 38, BP LOG, LEVEL TIMING (HOLD AM DOSE).
MEDS: PROGRAF {tac_dose}, {mmf}, PRED 5 MG. GOAL {tac_goal}. CPRA {cpra}. KDPI {kdpi}.
HOME ADDRESS VERIFIED: {street}, {city_caps} {zip}. CALL COORDINATOR {coord} {phone3}.
""",
        """POST-TRANSPLANT DISCHARGE TEACHING RECORD
{pt_lfm}  MRN {mrn}  Tx {date2}  Discharge {visit}
Meds: {tac_dose} Prograf, {mmf}, valganciclovir 450 mg, TMP-SMX SS.
Teach-back complete with pt and caregiver {rel} ({phone2}).
Clinic {date_noyear2}; labs Mon/Thu. Call {phone3} for T > 38.0.
Home: {street}, {city}, {county}
RN educator {rn}
""",
        """DC teaching - liver tx
{pt_full} (DOB {dob}) d/c {date3} to home in {city} {zip}. Caregiver {rel_first} {rel_last}. Drain removed. Level goal {tac_goal}.
""",
    ),
    # 27 --------------------------------------------------------------------------------------------
    "s3_specialty_pharmacy_call_log": (
        """SPECIALTY PHARMACY - ORAL ONCOLYTIC REFILL CALL
{datetime}  Outbound to {pt_full} at {phone}
Caller verified: name, DOB {dob}, voice biometrics {voice_id}
Drug: {oral_brand} cycle {cycle}; adherence 100%; no missed doses. Side effects: {ctcae}.
Ship {date2} to {street} {unit}, {city} {zip}. Copay {money2}. Rx {rx}.
Member {member_id}. Tech {tech}.
""",
        """Refill call {date2}. {pt_lfm}, ph {phone}. VB {voice_id}. Rx {rx}. Ship to {city} {zip}.
""",
    ),
    # 28 --------------------------------------------------------------------------------------------
    "s3_infusion_reaction_event": (
        """INFUSION REACTION EVENT REPORT   ({policy})
Patient: {pt_lfm}   MRN: {mrn}   Chair {chair}   Event {datetime}
Drug: {brand}, lot {lot} (pharmacy stock), rate {rate}. Pump SN {pump_sn}.
Sx: flushing, back pain, SpO2 {spo2}%, BP {bp}. Grade 2.
Actions: stopped, {premed}; resumed at 50%.
Reported by {rn}; MD {md1}. Account {fin}.
""",
        """Reaction note {date2}: {pt_full} ({mrn}) flushing at {time} on {brand}. Pump {pump_sn}. Resolved. RN {rn_first}.
""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """CHEMOTHERAPY ORDER SET TEMPLATE - {regimen}   ({form} {form_ver}; pathway {pathway})
Cycle length {cycle_len} days; planned {cycle_total} cycles.
Regimen: {regimen_detail}
Premeds: {antiemetic}; {premed}. G-CSF: {gcsf}.
Dose calc example: {dose_m2} mg/m2 x BSA {bsa} m2 = {dose_total} mg. Carboplatin AUC {auc} x (CrCl {crcl} + 25) = {carbo_dose} mg.
Hold if ANC < 1500 or Plt < 100 K. Reference: {lab1}; {lab2}.
Approved by P&T {year}; policy {policy}.
""",
    """Infusion center capacity report - week {num}
Chairs staffed: 32; mean chair time {chair_min} min; {percent} utilisation.
Top regimens: {regimen}, {brand}, {brand2}. Charge RN on duty: see roster. Codes billed: {cpt}, {cpt2}, {hcpcs}.
Pump fleet PM due per {policy}.
""",
    """RADIATION ONCOLOGY PLANNING QA CHECKLIST ({policy})
Site {site}; {technique} {energy}; Rx {gy} Gy in {fx} fx ({fx_dose} Gy/fx).
[x] Contours approved by the attending  [x] Dose constraints met (QUANTEC)  [x] 2nd check by dosimetrist
CPT {cpt}; daily IGRT. Room {room}.
""",
    """HLA reference panel - proficiency test {year}
Sample A: {hla_a}; {hla_b}; {hla_c}; {hla_dr}; {hla_dq}
Expected match grade {hla_match}. cPRA calculator {form_ver}. {dsa}.
Method LOINC {loinc}; CPT {cpt2}.
""",
    """Transplant center quality dashboard - Q{day}
Median MELD at transplant {meld}; median KDPI {kdpi}; cPRA > 80% candidates {count}.
Median cold ischemia {ischemia}. 1-yr graft survival {percent}.
SRTR report {year}. Form {form}.
""",
    """Tacrolimus dosing guideline ({policy})
Goal troughs: month 0-3 {tac_goal} ng/mL; thereafter 5-8. Typical start {tac_dose}.
Interactions: azoles, diltiazem, {brand}. Generic switches require new level within 7 days.
Adjunct: {mmf}. {lab1}.
""",
    """Tumor board agenda template - {org}
Time: {time}, conference room {room}. Slots: {count}.
Presenters: the attending, radiology, pathology, {role}. CME credit {form}.
Standing topics: {eponym}, {cancer} (stage {stage}), trial {protocol}.
""",
    """Cancer registry edits summary {year}
Cases abstracted: {num}0. Common edit failures: TNM {tnm} vs stage group {stage}; site {icd}.
Staff CTR hours {count}. Reference manual {form_ver}.
""",
    """Survivorship care plan - template text
Diagnosis: [ ] {cancer}  Stage {stage}
Treatment: {regimen} ({cycle_total} cycles); RT {gy} Gy/{fx} fx.
Late effects: {ctcae}; {eponym2} screening; EF baseline {ef}.
Follow-up: CEA q3 mo x 2 yr. Resources: {org2}.
""",
    """Lymphedema clinic protocol: measure circumferences at 10 cm intervals; garment {garment}, {mmhg} mmHg.
Reorder every 6 months (HCPCS {hcpcs}). Pneumatic pump E0652 criteria per {policy}. Money cap {money2}.
""",
    """Cranial prosthesis benefit summary: HCPCS A9282; allowed {money2} per year; ICD-10 {icd2}.
Cap sizes petite/average/large; synthetic vs human hair. Form {form}.
""",
    """Patient assistance programs overview ({year})
{brand}: income <= {fpl} FPL, household of {household} <= {income}. {brand2}: foundation copay {money2}.
Drug replacement requires NDC {ndc} and HCPCS {hcpcs}; lot {lot} stock only.
Contact {org}.
""",
    """Clinical pathway {pathway} - {cancer}
First line: {regimen}. Variance codes: {variance}. ECOG {ecog} threshold.
CrCl cutoff {crcl} mL/min; {lab2}.
""",
    """REMS program summary for {rems_brand}: prescriber and pharmacy certification; monthly survey; max 28-day supply.
Pregnancy testing for FRP. {form} {form_ver}. Policy {policy}.
""",
    """Apheresis unit SOP {policy}
Target CD34 {cd34}; plerixafor 0.24 mg/kg 11 h before. ACD-A 12:1. Ca gluconate drip.
Cell processor PM {exp}. Stock catheter lot {lot}. Room {room}.
""",
    """CAR-T program checklist (REMS, FACT)
Tocilizumab x2 doses on unit; ICE scoring q8h x 7 days. {ctcae}.
Lymphodepletion flu 30 mg/m2/cy 500 mg/m2 D-5 to D-3. Products: {cart_brand}.
Caregiver within 2 h for 4 weeks. Form {form}.
""",
    """Pharmacy and Therapeutics - biosimilar conversion
{brand} to biosimilar effective Q{day} {year}. NDC {ndc}; HCPCS {hcpcs}; rev code {rev}.
Savings est. {money}. Reviewed by {role2}.
""",
    """Antiemetic guideline ({form_ver}): high emetic risk - {antiemetic} + NK1 + dex + olanzapine.
Moderate: 5-HT3 + dex. {premed}. Ref {policy}.
""",
    """Living donor program stats {year}: {count} evaluations, {num} donations; median donor age {age2}; BMI cutoff 35.
Donor eGFR threshold {gfr}. Crossmatch {xm}. Form {form}.
""",
    """Chair {chair} maintenance log: pump PM done {exp}; recliner motor replaced. Room {room}. Ticket per {policy}.
""",
    """Oncology DRG review: DRG {drg}; rev {rev}; CPT {cpt}; ICD-10 {icd}, {icd2}. Avg charge {money}.
Length of stay {num} days. {eponym}.
""",
    """Transplant pharmacy clinic stats: {count} levels/day; median trough {tac} (goal {tac_goal}); {mmf}.
Typical {lab1}; {lab3}. BP {bp}.
""",
    """Nurse navigation metrics {year}: time to first treatment median {num} days; distress screening {percent}.
Referrals to {org}, {org2}. Barriers: transport, cost ({money2}).
""",
    """Radiation dose fractionation table: breast 40.05 Gy/15; prostate 70 Gy/28; {site} {gy} Gy/{fx}.
Energy {energy}; {technique}. CPT {cpt}, {cpt2}. Patient age range 18-{age}.
""",
    """Infusion reaction protocol ({policy}): stop infusion; {premed}; vitals q15 min; resume 50% rate ({rate}).
Grade per CTCAE v5. Drug {brand}. Stock lot {lot}, exp {exp}.
""",
    """Financial counselling FAQ: charity care up to {fpl} FPL; household {household}; income limit {income}.
Balances {money}; DRG {drg}; rev {rev}. Form {form}.
""",
)
