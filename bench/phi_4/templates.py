"""Document styles for set 4: psychiatry, addiction and crisis services.

``TEMPLATES`` maps each note type to 2-4 templates filled from ``values.identifiers`` (typed: gold spans)
and ``values.lookalikes`` (untyped filler). ``NEGATIVE_TEMPLATES`` use look-alike keys only.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ---------------------------------------------------------------------------------------------
    "s4_inpt_psych_admission_hp": (
        """ADULT INPATIENT PSYCHIATRY - ADMISSION H&P
Unit: {unit_name}   Room {room2}   Bed {bed}   Unit ext. {ext}
Patient: {pt_lf}          MRN: {mrn}          FIN: {fin}
DOB: {dob} ({age_pt} y/o)     Admit date/time: {dt2}
Legal status: {legal} - 72 hr hold initiated {dt1}, reviewed by {role}
Address: {street}, {unit}, {city}, {state} {zip}
Emergency contact: {rel_full} ({rel_rel}) {phone}
Payer: Medicaid managed care, ID {medicaid}
Admission photo on file: {photo}

CC: "{pt_first} says the voices told him to stop eating."
HPI: {age_pt} y/o with hx of {dsm} ({icd}) brought from {fac_town} ED after
{rel_first} found pt on roof of apartment in {hood}. PHQ-9 {phq9}, C-SSRS {cssrs}.
Last admission {past} at {fac_town2}. Outpatient psychiatrist {md2_full}.
Meds PTA: {brand} (adherence poor), {nicotine}.
Vitals: BP {bp}  HR {hr}  RR {rr}  SpO2 {spo2}  T {temp}   Wt {wt_kg} kg  BMI {bmi}
Labs: Na {na}, K {k}, AST {ast}, BAC {bac}, UDS {uds}. QTc {qtc} ms.
Assessment: {dsm2}. Risk {risk}. Obs level {checks}.
Plan: admit to {unit_name}, CPT {cpt}, DRG {drg}.
Attending: {md_full}, MD   NPI {npi}   Dictated {dt3}""",
        """GERIATRIC PSYCHIATRY ADMISSION NOTE  ({unit_name}, rm {room})
NAME: {pt_caps}    AGE: {age90}    DOB: {dob90_us}    MR#: {mrn}    ACCT: {acct}
Medicare MBI {mbi}
Lives alone at {street}, {city} {zip4}; daughter-in-law {rel_full} checks in twice weekly, cell {phone}.
Referred by PCP {md2_full} ({fac_town}) for 3 wk of paranoia that neighbors are "stealing the mail."
Pt is a {age90w}-year-old retired machinist; MoCA {moca}; hx {eponym}; prior ECT x{ect_n} in {year}.
No SI per C-SSRS ({cssrs}). GDS not done. Vitals {bp}, HR {hr}, Wt {wt_lb} lb.
Dx: {icd} / {icd2}. Admitted voluntarily {d1}; capacity to sign voluntary assessed by {md_full}.
Plan: hold {brand}, start low-dose quetiapine, Fall precautions, {checks} checks.
Contact {rel_first} re: advance directive on {d2}. Social work: {sw_full}, LCSW.""",
        """PID|1||{mrn}^^^MHOSP^MR||{pt_hl7}||{dob_hl7}|M|||{street}^^{city}^{state}^{zip}||{phone}|||||{fin}|{ssn}
PV1|1|I|{unit_name}^{room}^{bed}|E|||{npi}^{md_last}^{md_first}|||PSY||||7|||||{acct}
-- ADMISSION SUMMARY --
{pt_fl} admitted {d1} on {legal} from {fac_town}. Dx {icd}, {dsm}. PHQ-9 {phq9}, AUDIT {audit}.
NOK: {rel_full} {phone2}. Attending {md_init}. Rev code {rev}.""",
    ),
    # 2 ---------------------------------------------------------------------------------------------
    "s4_seclusion_restraint_flowsheet": (
        """SECLUSION / RESTRAINT MONITORING FLOWSHEET      {form}    per {policy}
Patient: {pt_full}     MRN {mrn}     Unit {unit_name}  Seclusion Rm {room}
ID photo verified before IM: {photo_id}
Episode start: {dt1}     Ordered by: {md_full}, MD (face-to-face within 1 hr: {time2})
Type: [x] Seclusion  [x] 4-pt mechanical  [ ] Manual hold
Reason: assaulted peer, threw chair; PRN haloperidol {haldol} mg / lorazepam {ativan} mg / diphenhydramine {bena} mg IM given {time1}

TIME  | BEHAVIOR CODE | CIRC | ROM | FLUIDS | INITIALS / STAFF
{time1}  | 2 - yelling   | WNL  | n/a | refused | {rn_full}
{time3}  | 4 - calm      | WNL  | done| 240 mL  | {rn2_full} (emp {emp})
{time2}  | 5 - asleep    | WNL  | done| --      | {tech_full}

Release: {dt2} after {seclusion_min} min total. Debrief with pt completed by {rn_last}.
Family notified: {rel_full} at {phone} on {d3}. CMS death-reporting N/A.""",
        """S/R EPISODE - ELECTRONIC LOG EXPORT
episode_id,patient,mrn,start,end,order_by,observer,emp_id,minutes,restraint_type
{incident},"{pt_lf}",{mrn},{dt1},{dt2},"{md_full}","{rn_full}",{emp},{seclusion_min},ambulatory restraint
Notes: pt ({pt_nick}) placed in quiet room {room} after head-banging; {checks} observation maintained.
Trauma hx reviewed per advance directive dated {past}; pt prefers female staff ({rn2_first}).
Pt ID photo {photo}. Debrief {d3} {time4}; attending {md_last} reviewed, no injury. Incident report filed per {policy}.""",
    ),
    # 3 ---------------------------------------------------------------------------------------------
    "s4_involuntary_hold_application": (
        """APPLICATION FOR UP TO 72-HOUR ASSESSMENT, EVALUATION, AND CRISIS INTERVENTION
({legal} - {form})
Detained person: {pt_full}      DOB {dob}      Sex: F
Address: {street} {unit}, {city}, {state} {zip}
Detained at: {street2}, {city} (parking lot)   Date/time: {dt1}
Vehicle at scene: white sedan, lic. plate {plate} ({state}), towed per agency policy
Advisement given by: {officer_full}, badge/ID {emp}, {county} Sheriff
Incident #: {incident}

Circumstances: Caller ({rel_rel} {rel_full}, {phone}) reported pt had stopped {brand} and was
threatening to drive into traffic. Pt stated "I'm done" x3. C-SSRS {cssrs}. BAC {bac}.
[x] Danger to self  [ ] Danger to others  [x] Gravely disabled
Transported to {fac_town} by ambulance, arrived {time2}.
Signature of authorized person: {md2_full}, LCSW  Lic {lic}   Date {d1}""",
        """BAKER ACT - REPORT OF LAW ENFORCEMENT OFFICER INITIATING INVOLUNTARY EXAMINATION
{legal}   Form {form}
Person taken into custody: {pt_caps}   DOB: {dob_us}   Race/Sex: W/M
Residence: {street}, {city}, {county}, FL {zip}
DL#: {dl}
Place of custody: {hood} near {street2}
Date: {d1}   Time: {time1}
Receiving facility: {fac_town}   Phone {phone2}
Photo taken at receiving (ID band): {photo}
Narrative: Pt's {rel_rel} {rel_first} flagged down Ofc. {officer_last} stating pt had taken "a bunch
of pills" ({mme} MME reported by pharmacy). Pt combative, PHQ-9 not obtainable.
Officer: {officer_full}   Agency case no. {case_no}   Badge {emp}""",
        """NOTICE OF CERTIFICATION FOR INTENSIVE TREATMENT ({legal2})
The person named below has been certified for not more than 14 days of intensive treatment.
Patient: {pt_lf}    MRN {mrn}     Facility: {fac_town}
Certification began: {d2}    72-hr hold began: {dt1}
Certified by: {md_full}, M.D. (Lic. {lic}) and {sw_full}, LCSW (Lic. {lic2})
Copy delivered to patient on {d2} at {time4}; patients' rights advocate {atty_full} notified
at {phone} / fax {fax}. Certification review hearing set {future}, Rm {room}.""",
    ),
    # 4 ---------------------------------------------------------------------------------------------
    "s4_civil_commitment_order": (
        """IN THE CIRCUIT COURT FOR {county}
IN THE MATTER OF: {pt_caps}, Respondent.           Case No. {case_no}
ORDER OF CIVIL COMMITMENT (90 DAYS)
This matter came before the Honorable {judge_full} on {d3}. Respondent appeared with counsel
{atty_full}. The petition (No. {petition}) filed {d1} by {md_full}, M.D., of {fac_town}
alleged Respondent suffers from {dsm} and is dangerous to self.
The Court finds by clear and convincing evidence ... Respondent shall be committed to the
custody of the community mental health program, {org}, for a period not to exceed 90 days.
Respondent's last known address: {street}, {city} {zip}. DOB {dob}. SSN {ssn}.
Examiners: {psych_full}, Psy.D. (Lic. {lic}); {clin3_full}, M.D. (Lic. {lic2})
Dated: {d3}          ______________________ Circuit Judge {judge_last}""",
        """CERTIFICATE OF PROFESSIONAL PERSON - CONSERVATORSHIP ({legal2})
Proposed conservatee: {pt_full}, age {age90}, DOB {dob90}
Residence: {fac_town2} (skilled nursing), formerly {street}, {unit}, {city}
Proposed conservator: {rel_full}, {rel_rel}, {street2}, {city2} {zip}; tel {phone}
I, {md_full}, examined the proposed conservatee on {d1} and {d2}. Diagnosis {icd} ({eponym}),
MoCA {moca}. She is gravely disabled: cannot provide food, clothing, shelter.
Public Guardian case {case_no}. Court investigator {po_full}, {email_staff}.
Signed {d2}.   CA Med Lic {lic}   DEA {dea}""",
    ),
    # 5 ---------------------------------------------------------------------------------------------
    "s4_crisis_line_contact_record": (
        """988 LIFELINE - CONTACT RECORD   Center: {org}   Queue: chat
Contact ID: {incident}     Start {dt1}     Duration {seclusion_min} min
Chat origin IP: {ip}     Browser session via {url}
Caller first name given: "{pt_first}"  (later full name {pt_fl})
Callback number: {phone}
Location (self-report): {hood}, {city}; later confirmed {street} {unit}
Risk: C-SSRS {cssrs}; PHQ-2 positive; access to means: yes (father's handgun)
Imminent risk -> ESI consult with {role}; active rescue requested via {county} PSAP at {time2}.
Counselor: {counselor_full} (ID {emp})   Supervisor: {clin3_full}
Follow-up call {future} by {counselor_first}. Email for resources: {email}""",
        """CRISIS LINE CALL SHEET   Linea de crisis / Crisis line
Fecha / Date: {d1}   Hora / Time: {time4}   Counselor: {counselor_full}
Caller: {pt_fl} ("{pt_nick}")   Tel: {phone}   Alt: {phone2}
Edad / Age: {age_la}   Ciudad: {city}  ZIP {zip}
Reason: relapse after {th_days} days; using fentanyl alone in car ({plate}) parked by {street2}.
Caller agreed to warm handoff to {org2}; mobile crisis dispatched, incident {incident}.
Voice verification enrolled (VP) - template {bio_voice}.
Collateral: {rel_rel} {rel_full}, {phone3}. Narcan distributed previously ({nalox}).""",
    ),
    # 6 ---------------------------------------------------------------------------------------------
    "s4_mobile_crisis_dispatch_report": (
        """MOBILE CRISIS TEAM - DISPATCH & ENCOUNTER
Dispatch #{incident}   Received {dt1}   On scene {time2}   Clear {time3}
Unit: MCT-{bed} ({org})   Clinicians: {sw_full}, LCSW; {peer_full}, CPRS
Location: {street}, {unit}, {city} {zip}  ({hood})  cross st {street2}
Client: {pt_lf}   DOB {dob}   Ph {phone}
Requested by: {rel_rel} {rel_full} ({phone2})
Vehicle on scene: client's truck VIN {vin}, plate {plate}
Presentation: pacing, says neighbors "broadcast" thoughts. No weapons. BP {bp} HR {hr}.
C-SSRS {cssrs}; CSSRS risk {risk}. Hx {dsm}.
Disposition: voluntary transport to {org2} (CSU), arrived {time4}. No law enforcement.
Billing: {hcpcs}, Medicaid {medicaid}.""",
        """MCT ENCOUNTER (mobile app export)
team_member: {peer_first} / {sw_last}
client_name: {pt_full}
client_dob: {dob_iso}
scene_addr: {street}; {city}; {state}; {zip4}
geo_note: behind the laundromat in {hood}
contact_phone: {phone}
ref_source: {county} Sheriff deputy {officer_last}, CAD {incident}
outcome: stabilized in place, safety plan updated, follow-up {future}
gps_device_ip: {ip}
photos: none of client taken (policy {policy})""",
    ),
    # 7 ---------------------------------------------------------------------------------------------
    "s4_csu_progress_note": (
        """CRISIS STABILIZATION UNIT - NURSING/PROVIDER PROGRESS NOTE
{pt_full} | MRN {mrn} | Chair {bed} | Day 2 of 23-hr obs | {org}
Date {d2}   {time2}
S: "{pt_first}" slept 4 hrs. Denies SI today. Wants to go to {rel_first}'s house on {street}.
O: BP {bp}, HR {hr}, COWS {cows}, CIWA {ciwa2}. PHQ-9 {phq9}, GAD-7 {gad7}.
A: {dsm}; {icd}. Improved.
P: d/c to {rel_full} ({rel_rel}), {street}, {city}; ph {phone}. Bridge Rx via pharmacy, Rx #{rx1}.
Referral to {org2} intake {future}. Sent summary to OP prescriber {md2_full} by fax {fax}.
{rn_full}, RN / {md_full}, PMHNP-BC (NPI {npi})""",
        """CSU Discharge Summary
Name: {pt_lf}  Acct {acct}  Adm {d1} -> D/C {d3}
Home: {street} {unit}, {city}, {state} {zip}
Emergency contact {rel_full} - {phone}, email {email}
Course: admitted from {fac_town} ED; withdrawal managed, CIWA peak {ciwa}. UDS {uds}.
Follow-up: ACT team ({org}) - {peer_full}; psychiatry {md2_full} on {future}.
Discharging clinician: {md_full}""",
    ),
    # 8 ---------------------------------------------------------------------------------------------
    "s4_ect_treatment_record": (
        """ELECTROCONVULSIVE THERAPY - TREATMENT RECORD        Tx # {ect_n} of acute series
Patient: {pt_lf}     MRN: {mrn}    Age: {age90}    DOB: {dob90}
Date: {d2}   Start {time1}   Consent on file (signed {d1}, witness {witness_full})
Device: {brand2} / Thymatron System IV   Serial {dev_ect}
Electrode placement: RUL ultrabrief   Pulse width {pw} ms   Charge {ect_charge} ({ect_mc} mC)
Anesthesia: methohexital {methohex} mg, succinylcholine {sux} mg   Anesthesiologist {clin3_full}
EEG seizure {ect_sz} s   Motor {ect_motor} s   Post-ictal BP {bp} HR {hr}
Psychiatrist: {md_full}, MD  NPI {npi}   Recovery RN: {rn_full}
Next tx: {d4}. Transport home with {rel_full}, tel {phone}.""",
        """ECT FLOWSHEET (scanned)
Narne: {pt_caps}   MRN {mrn}   ags {age90}   D0B {dob90_ocr}
| Tx | Date       | Charge | Sz(EEG) | Anesth       | MD         |
| {ect_n}  | {us1} | {ect_charge}    | {ect_sz} s    | etomidate {etomidate}mg | {md_last}   |
| +1 | {us3} | {ect_charge}    | {ect_sz} s    | etomidate {etomidate}mg | {md_last}   |
Device SN {dev_ect}. Re-dose per {policy}. MoCA {moca}.
Ride: {rel_first} ({rel_rel}) {phone}. Pt lives at {fac_town2}; facility fax {fax}.""",
    ),
    # 9 ---------------------------------------------------------------------------------------------
    "s4_otp_dosing_log": (
        """{org} - DAILY DOSING LOG (methadone 10 mg/mL oral conc.)     Window 2
Patient: {pt_lf}   OTP ID {otp_id}   {phase}   Take-homes: {th_days}
Identity verified: palm-vein template {bio_palm} (backup fingerprint {bio_fp}) / photo {photo}
Date      | Dose mg | mL    | Time  | Nurse              | Obs
{log1}    | {meth_mg}      | {meth_ml}   | {time1}  | {rn_full}    | observed
{log2}    | {meth_mg}      | {meth_ml}   | {time3}  | {rn2_full}     | observed
{log3}    | {meth_mg2}      | --    | --    | --                 | MISSED
{log4}    | {meth_mg2}      | --    | {time2}  | {rn_full}    | guest dose at {fac_town}
Medical director: {md_full}, DO   DEA {dea}   Pt phone {phone}""",
        """OTP DISPENSING SYSTEM - dose history (CSV)
client_id,client_name,dob,date,product,dose_mg,ml,station,nurse,biometric
{otp_id},"{pt_lf_caps}",{dob_us},{log1},Methadose,{meth_mg},{meth_ml},W1,{rn_last},FP:{bio_fp}
{otp_id},"{pt_lf_caps}",{dob_us},{log2},Methadose,{meth_mg},{meth_ml},W1,{rn2_last},FP:{bio_fp}
{otp_id},"{pt_lf_caps}",{dob_us},{log3},Methadose,{meth_mg2},{meth_ml},W3,{rn_last},IRIS:{bio_iris}
COWS at window {cows2}; counselor {counselor_full}; NDC {ndc}; lot {lot}.""",
    ),
    # 10 --------------------------------------------------------------------------------------------
    "s4_take_home_bottle_record": (
        """TAKE-HOME MEDICATION RECORD - 42 CFR 8.12(i)
Patient: {pt_full}   OTP #: {otp_id}   Phase: {phase}
Lockbox issued: serial {dev_box}   Key # {bed}   Iris check at window: {bio_iris}
Bottles dispensed {d1}: {bottles} x methadone {meth_mg} mg ({meth_ml} mL) - bottle #s 1-{bottles}
Bottles returned {d2}: {bottles} empty, caps intact, labels match.
Callback (random) scheduled {md3}: pt to present with all bottles within 24 h; call {phone}.
Home address on label: {street}, {city} {zip}
Dispensed by {rn_full}, RN; verified by {pharm_full}, RPh (Lic. {lic}).
Pt signature: ______  Photo ID checked: DL {dl}; clinic ID card photo {photo_id}""",
        """TAKE HOME BOTTLE RETURN LOG   {org}
DATE      CLIENT                  OTP ID     BTL OUT  BTL IN  LOCKBOX     STAFF
{log1}    {pt_lf_caps}         {otp_id}   {bottles}        {bottles}       {dev_box}   {rn_last}
{log4}    {pt_lf_caps}         {otp_id}   {th_days}        {bottles}       {dev_box}   {rn2_last}
Note: pt reports bottle lost on bus on {md2}; police report #{incident}. Diversion review per {policy}.
Biometric check-in {bio_palm}. Emergency contact {rel_full} {phone2}.""",
    ),
    # 11 --------------------------------------------------------------------------------------------
    "s4_pdmp_query_printout": (
        """PRESCRIPTION DRUG MONITORING PROGRAM - PATIENT RX HISTORY REPORT
Request ID: {pdmp_req}     Requested {dt1} by {md_full} (DEA {dea})   delegate: {tech_full}
Requestor IP {ip}   User {email_staff}
Search criteria: Last {pt_last}  First {pt_first}  DOB {dob_us}  ZIP {zip}
Matched patient: {pt_lf_caps} / {street}, {city_caps}, {state} {zip}
NarxScore narcotic {narx}  Overdose risk score {narx}  Active MME {mme}
Prescribers: {n_presc}   Pharmacies: {n_pharm}

Fill Date  | Drug                       | Qty | Days | Rx#      | Prescriber       | Pharmacy
{us1} | buprenorphine-naloxone 8-2mg | {qty}  | {days}   | {rx1}  | {md2_full}   | NPI {npi2}
{us2} | oxycodone 10 mg          | {qty}  | {days}   | {rx2}  | {clin3_full}      | Walgreens #{ext}
{us3} | alprazolam 1 mg          | {qty}  | {days}   | {rx3}  | {md2_last}            | Outpt Rx ({fac_town2})
Report link: {url2}""",
        """PDMP snapshot (pasted into note)
Pt: {pt_fl} DOB {dob}  - query {d3} {time2}, request {pdmp_req}
 {us1}  Suboxone 8mg/2mg film #{qty} x{days}d  Rx {rx1}  Dr {md_last}
 {us2}  gabapentin 600 mg #{qty}  Rx {rx2}  {clin3_full}
 {us4}  Adderall 20 mg #{qty}  Rx {rx3}  {md2_full}  (NPI {npi2})
MME current {mme}; 3+ prescribers in 90 days = {n_presc}. Reviewed by {md_full}. Access IP {ip2}.""",
    ),
    # 12 --------------------------------------------------------------------------------------------
    "s4_clozapine_rems_entry": (
        """CLOZAPINE REMS - PATIENT STATUS FORM / ANC ENTRY
Patient REMS ID: {rems_id}     Patient: {pt_lf}     DOB: {dob}     Gender: M
Prescriber: {md_full}    NPI {npi}    Certified prescriber email {email_staff}
Pharmacy: Outpatient Pharmacy at {fac_town2}, NPI {npi2}, fax {fax}
ANC date        ANC (/µL)   Ref {anc_ref}   Monitoring
{us1}        {anc}       normal range    weekly
{us2}        {anc}       BEN range       weekly
Current dose {cloz_mg} mg/day ({brand}). Clozapine level {cloz_lvl} ng/mL.
POC ANC device (home) serial {udi}. Portal: {url2}
Submitted {dt3} from {ip}""",
        """Clozapine Registry Note
{pt_full} ({mrn}) - ANC {anc} on {d2}; next draw {d4}. Dispense {days}-day supply, Rx {rx1}.
Pharmacy ph {phone}. Prescriber {md_init} DEA {dea}. Hold if ANC < 1,000.
Dx {icd} treatment-resistant; {dsm}. Case manager {sw_full}.""",
    ),
    # 13 --------------------------------------------------------------------------------------------
    "s4_peer_recovery_coach_note": (
        """PEER RECOVERY SUPPORT - CONTACT NOTE   {org}
Peer: {peer_full}, CPRS #{lic}   Participant: {pt_first} {pt_last} (goes by {pt_nick})
Date: {d1}   Mode: in person at {hood} coffee shop on {street2}   {time4}
{pt_first} is {th_days} days from last use. Attended {grp} at {org2}. Working on getting
DL back ({dl}) - needs fee of {money2}. Sponsor "{rel_first}" available at {phone2}.
Goals: housing at {org}; reconnect w/ daughter {rel2_first}.
Next contact {future}. Participant cell {phone}; prefers text. Email {email}.
Recovery capital score (BARC-10) {ss}/60.""",
        """peer check-in (app) | {dt1}
participant: {pt_init_last} | tel {phone} | area: {city}
soberlink device: {dev_breath} - 3 of 3 tests compliant, BrAC {bac}
notes: wants ride to NA at church on {street}. Peer {peer_first} will pick up.
mentions cousin {rel_full} using again, overdosed {past_md} at {fac_town}.
referral: {org2} | link {url}""",
    ),
    # 14 --------------------------------------------------------------------------------------------
    "s4_recovery_residence_agreement": (
        """RESIDENT AGREEMENT - {org} (NARR Level II Recovery Residence)
Resident: {pt_full}    DOB {dob}    SSN {ssn}
House address: {street}, {unit}, {city}, {state} {zip4}
Move-in date: {d1}    Weekly fee: {money2}    Deposit {money}
House manager: {house_mgr_full}  ({phone2})  |  Owner email {email_staff}
Vehicle: permitted in rear lot only.  Plate {plate}   VIN {vin}
Driver license {dl}
Rules: curfew {time4} first 30 days; random UA/breath (device {dev_breath}); 3 meetings/week;
no overnight guests; meds in locked box (MAT welcome - {brand}).
Emergency contact: {rel_full} ({rel_rel}) {phone}
Signed {d1}: ________ resident   ________ {house_mgr_last}""",
        """SOBER LIVING INTAKE CHECKLIST
[x] ID copied (DL# {dl})   [x] photo for house board: {photo}
Name: {pt_lf}   Ph: {phone}   Email: {email}
Prior address: {street2}, {city2}
Referred by: {counselor_full}, {org2} - fax {fax}
Car: {vin} / tag {plate}
Move-in {d2}; orientation with {house_mgr_first}; room {room}, bed {bed}.""",
    ),
    # 15 --------------------------------------------------------------------------------------------
    "s4_safety_plan": (
        """MY SAFETY PLAN (Stanley-Brown)   Patient: {pt_full}   MRN {mrn}   Date: {d1}
Step 1 Warning signs: not sleeping, drinking alone, texting ex.
Step 2 Coping: shower, walk dog around {hood}, playlist.
Step 3 People/places for distraction: {rel2_first}; the library on {street2}.
Step 4 People I can ask for help: {rel_full} ({rel_rel}) {phone}; {rel2_full} {phone2}
Step 5 Professionals: therapist {counselor_full} {phone3}; after hours 988; ED {fac_town}
Step 6 Making environment safe: rifle moved to {rel_first}'s at {street}, {city}; meds locked
  (limit {days}-day supply). C-SSRS today {cssrs}.
Clinician: {sw_full}, LCSW   Reviewed with patient {d1} {time4}""",
        """PLAN DE SEGURIDAD / SAFETY PLAN (escaneado)
Nombre: {pt_fl}   Fecha de nac.: {dob_ocr}
Senales de advertencia: aislarme, no comer
Personas que me pueden ayudar: mi {rel_rel} {rel_full} tel. {phone_ocr}
Mi terapeuta: {counselor_full}, tel {phone2}
Clinica: {fac_town}   Linea 988 (oprima 2 para espanol)
Lugar seguro: casa de {rel2_full}, {street}, {unit}, {city} {zip}
Firmado {d1}""",
    ),
    # 16 --------------------------------------------------------------------------------------------
    "s4_group_attendance_sheet": (
        """GROUP THERAPY ATTENDANCE - {grp}   {grp_room}   {time4}
Date: {d1}   Facilitator: {counselor_full}, LADC (Lic {lic})   Co-facilitator: {peer_first}
 #  Participant             Chart#      P/A/E   Notes
 1  {pt_lf}         {mrn}     P      shared re: craving, COWS n/a
 2  {rel_full}          {mrn2}     P      quiet
 3  {rel2_full}          --         A      no call/no show
 4  {witness_full}        --         E      court ({legal})
Billing: {cpt2} group, 60 min. Note for {pt_first}: identified trigger (payday), plan with sponsor.""",
        """IOP ATTENDANCE ROSTER (exported)
session_date,group,room,client,client_id,status,units
{iso1},{grp},{grp_room},{pt_fl},{otp_id},present,3
{iso1},{grp},{grp_room},{rel_full},{mrn2},present,3
{iso2},{grp2},{grp_room},{pt_fl},{otp_id},absent-excused,0
{iso3},{grp2},{grp_room},{pt_fl},{otp_id},present,3
facilitator={counselor_full};supervisor={clin3_full};HCPCS=S9480""",
    ),
    # 17 --------------------------------------------------------------------------------------------
    "s4_psych_testing_report": (
        """CONFIDENTIAL PSYCHOLOGICAL EVALUATION
Examinee: {pt_full}   DOB: {dob}   Age at testing: {age_la}   MRN {mrn}
Dates of testing: {d1} and {d2}   Report date: {d4}
Referred by: {md_full}, MD, for diagnostic clarification (psychosis vs. PTSD).
Tests: WAIS-IV, MMPI-3, PAI, TOMM, Rorschach (R-PAS).
WAIS-IV: FSIQ {fsiq} ({pctile}th %ile); VCI {vci}; PRI {pri}; WMI {wmi}; PSI {psi}.
Digit Span SS {ss}; Coding SS {ss2}. TOMM Trial 2 {tomm}/50.
MMPI-3: RC8 T={tscore}, RC4 T={tscore2}; validity within limits.
Background: raised in {city} by grandmother; moved to {hood} in {year}. {rel_rel} {rel_first} reports
onset at age {age_onset}.
Impressions: {dsm}. {icd}.
{psych_full}, Ph.D., Licensed Psychologist PSY {lic}""",
        """NEUROPSYCH SCREEN - score summary
{pt_lf} | {age90} yrs | tested {d1} | examiner {psych_init}
RBANS total index {fsiq} ({pctile}%ile); immediate memory {vci}; delayed memory {pri}
MoCA {moca}; GDS-15 {ss}; Trails B {ect_sz} s
Informant: {rel_full}, {rel_rel}, {phone}
Impression: consistent with {eponym}. Capacity for ECT consent: intact.
Cc: {md2_full} at {fac_town}, fax {fax}""",
    ),
    # 18 --------------------------------------------------------------------------------------------
    "s4_ed_program_weighin_log": (
        """{org} - BLIND WEIGH-IN LOG (gown, post-void, back to scale)
Patient: {pt_lf}   MRN {mrn}   Admit {d1}   Goal weight range set by RD {rn2_full}
Date     Time   Wt (kg)  Delta     BMI    %EBW   Orthostatics      Staff
{log1}  {time1}  {wt_kg}   --        {bmi_low}   {pct_ebw}    {bp} -> HR {hr}  {tech_full}
{log3}  {time3}  {wt_kg}   {wt_delta}   {bmi_low}   {pct_ebw}    HR {hr}          {rn_last}
{log5}  {time1}  {wt_kg}   {wt_delta}   {bmi_low}   {pct_ebw}    HR {hr}          {tech_last}
Labs {d3}: phos {phos}, Mg {mg_lab}, K {k} - refeeding protocol per {policy}.
Water-loading suspected on {md4}; family ({rel_full}) informed {phone}.""",
        """Eating Disorder PHP - weekly team note
{pt_first} {pt_last} ({mrn}), {age_la} y/o, {dsm}. Wk of {d2}.
Weight {wt_lb} lb (BMI {bmi_low}); meal completion 80%; Ensure Plus x2.
Family-based session with {rel_full} and {rel2_first} on {d3}; insurance {member}, group {group}.
Auth through {future}, ref {pa_ref}. Dietitian {rn2_full}; therapist {counselor_full}.""",
    ),
    # 19 --------------------------------------------------------------------------------------------
    "s4_act_team_huddle": (
        """ACT TEAM MORNING HUDDLE - {d1} ({org})
Present: {sw_first}, {rn_first}, {peer_first}, {md_last} (psychiatrist by phone ext {ext})
RED ZONE
- {pt_fl} ({mrn}): missed LAI due {d2}; last seen at {street} under the overpass in {hood}.
  Sister {rel_full} {phone} says he's sleeping in his car, plate {plate}. Outreach today {time4}.
- {rel2_full}: released from {jail} yesterday, DOC {doc_no}; needs meds, bridge Rx {rx1}.
YELLOW
- {witness_full}: lithium {li} mEq/L; BP {bp}; move to {unit}, {street2}, {city} on {future}.
Med drops: {counselor_full} (3x), {clin3_full} (daily obs).""",
        """ACT huddle notes - {md1}
* {pt_first} {pt_last} - {unit} at {street} flagged by landlord; eviction hearing {future}.
  Rep payee {rel_full} {phone}. Medicaid {medicaid}. Abilify Maintena given {d3} {site}.
* {rel2_first} {rel2_last} - ED at {fac_town} overnight; UDS {uds}.
* Team: {peer_full} to drive (van), {sw_full} to court with {pt_first}.""",
    ),
    # 20 --------------------------------------------------------------------------------------------
    "s4_psych_advance_directive": (
        """DECLARATION FOR MENTAL HEALTH TREATMENT (Psychiatric Advance Directive)
I, {pt_full}, born {dob}, residing at {street}, {city}, {county}, {state} {zip},
being an adult of sound mind, willfully make this declaration.
Agent (health care representative): {rel_full}, {rel_rel}, tel. {phone}, {email}
Alternate agent: {rel2_full}, {street2}, {city2}
Preferred facility: {fac_town}. Avoid: {fac_town2} (prior restraint).
Medications I consent to: {brand}, lithium. I refuse: haloperidol (dystonia {year}).
ECT: I do not consent.
Signed {d1}. Witnesses: {witness_full}; {clin3_full}.
Notarized by {officer_full}, Notary Public, commission no. {lic2}, expires {future}.""",
        """PAD registry abstract
Declarant {pt_lf} (age {age90}) | DOB {dob90_iso} | registered {d2} online from {ip} | agent {rel_full} {phone}
Prefers female staff; no seclusion; contact pastor {witness_full} at {phone2}.
On file at {fac_town}; MRN {mrn}. Revocation only in writing. Registry copy: {url2}""",
    ),
    # 21 --------------------------------------------------------------------------------------------
    "s4_part2_consent_to_disclose": (
        """CONSENT FOR THE RELEASE OF CONFIDENTIAL SUBSTANCE USE DISORDER INFORMATION (42 CFR Part 2)
I, {pt_full} (DOB {dob}, Client ID {otp_id}), authorize {org}
to disclose to: {po_full}, {county} Probation, {street2}, {city2} {zip}; fax {fax}; {email_staff}
Information: attendance, UDS results, dose, compliance, diagnosis ({icd}).
Purpose: court-ordered treatment monitoring, docket {docket}.
This consent expires on {future_long} or upon completion of probation, whichever first.
I understand I may revoke this consent at any time except to the extent action has been taken.
Signature: ____________   Date: {d1}    Witness: {counselor_full}
NOTICE TO RECIPIENT: 42 CFR Part 2 prohibits unauthorized disclosure of these records.""",
        """AUTORIZACION / AUTHORIZATION - Part 2
Paciente: {pt_lf}   Fecha de nacimiento: {dob}   SSN: {ssn}
Destinatario / Recipient: {rel_full} ({rel_rel}), {street}, {unit}, {city} - tel {phone}
Also: Dr. {md2_full}, {fac_town2}, fax {fax2}
Vence / Expires: {future}
Firmado {d1}; programa {org}; consejero {counselor_full}.""",
    ),
    # 22 --------------------------------------------------------------------------------------------
    "s4_court_liaison_update": (
        """BEHAVIORAL HEALTH COURT - LIAISON STATUS REPORT
To: Hon. {judge_full}, Dept. {bed}        Hearing: {d3} {time4}
Participant: {pt_fl}   Docket {docket}   Booking #{booking}   DOC {doc_no}
Booking photo ref: {photo_id}
Custody: {jail}, released {d1}
Treatment: {org} ({asam}), counselor {counselor_full}; {meth_mg} mg methadone daily, adherent.
UDS (specimen {specimen}) {d2}: {uds}.
Defense: {atty_full}  |  DA: {witness_full}  |  Liaison: {sw_full}, {email_staff}, fax {fax}
Virtual hearing link: {url}
Recommendation: advance to {phase}.""",
        """court liaison email (printed)
From: {email_staff}
Re: {pt_caps} / case {case_no}
Judge {judge_last} - {pt_first} was admitted to {fac_town} on {d2} on {legal}, so will miss the
{md3} review. Counsel {atty_full} ({phone}) aware. Expected discharge {future}.
Jail medical record {mrn2} requested via fax {fax}.""",
    ),
    # 23 --------------------------------------------------------------------------------------------
    "s4_probation_tx_update": (
        """PROBATION TREATMENT COMPLIANCE UPDATE
Probationer: {pt_lf_caps}   Case {prob_case}   Docket {docket}   DOB {dob}
SSN {ssn}
Supervising PO: {po_full}   tel {phone2}   {email_staff}
Conditions: SCRAM CAM ankle monitor serial {dev_ankle}; ignition interlock on vehicle VIN {vin}
(plate {plate}); Soberlink {dev_breath} x2/day.
Alerts {d1}-{d2}: 1 tamper (resolved), 0 confirmed drinking events. BrAC {bac}.
UDS specimen {specimen} collected {d2}: {uds}.
Treatment: {grp} at {org}; AUDIT {audit}; attendance 11/12.
Address verified: {street}, {unit}, {city} {zip} by home visit {d3}.
Counselor: {counselor_full}, CADC (Lic. {lic})""",
        """Prob. monthly - {pt_fl}, {prob_case}
GPS unit {dev_ankle} shows exclusion zone breach ({hood}) {dt2}; pt says visiting {rel_rel} {rel_full}.
DL {dl} still suspended. Next office visit {future}. PO {po_last}, {phone}. Ph of pt {phone2}. Check-in portal {url}.""",
    ),
    # 24 --------------------------------------------------------------------------------------------
    "s4_withdrawal_mgmt_ciwa_flowsheet": (
        """WITHDRAWAL MANAGEMENT FLOWSHEET ({asam})  {org}
Pt: {pt_lf}   MRN {mrn}   Adm {dt1}   Allergy: NKDA
Last drink: {dt2} (per pt) ; BAC on arrival {bac}; AUDIT {audit}
Date/Time         CIWA-Ar  COWS  BP        HR   Med given                RN
{dt3}  {ciwa}       --    {bp}   {hr}   chlordiazepoxide 50 mg   {rn_full}
{dt4}  {ciwa2}       --    {bp}   {hr}   none                     {rn2_full}
{dt5}  {ciwa2}       {cows2}     {bp}   {hr}   thiamine 100 mg IM       {rn_last}
Seizure precautions. Hx {eponym}. Attending {md_full}. Insurance {member}.""",
        """Detox nursing note {dt1}
{pt_full}, rm {room}. COWS {cows} at {time1} - yawning, rhinorrhea, piloerection. Lucemyra 0.18 mg given.
Pt asks us to call {rel_first} at {phone} and say he's at {fac_town}. ROI on file (Part 2).
Next COWS {time2}. {rn_full}, RN""",
    ),
    # 25 --------------------------------------------------------------------------------------------
    "s4_bup_induction_televisit": (
        """TELEHEALTH BUPRENORPHINE INDUCTION - PROGRESS NOTE
Visit link: {url}   Patient IP at connect: {ip}   Platform: Doxy (audio+video)
Patient: {pt_full}   DOB {dob}   Location at time of visit: home, {street}, {city}, {state} {zip}
Verified ID: DL {dl} + selfie on file ({photo})   Callback {phone}
COWS {cows} at start ({time2}); last fentanyl use ~{time4} yesterday.
Plan: buprenorphine-naloxone {bup_mg} mg day 1, titrate to 16 mg; Rx #{rx1} sent to pharmacy
(pharmacy at {fac_town2}, fax {fax}). PA submitted to plan ({member}, group {group}), ref {pa_ref}.
PDMP checked {d1}: MME {mme}, no overlapping opioids.
Prescriber: {md_full}, MD   DEA {dea}   NPI {npi}""",
        """Induction day 2 phone f/u {d2}
{pt_first} (DOB {dob_us}) reports COWS ~{cows2}; precipitated w/d avoided. Email {email}.
Increase to {bup_mg} mg BID. Claim {claim} submitted; MBI {mbi} (dual). Next video {future}.""",
    ),
    # 26 --------------------------------------------------------------------------------------------
    "s4_lai_injection_record": (
        """LONG-ACTING INJECTABLE ADMINISTRATION RECORD
Client: {pt_lf}   MRN {mrn}   DOB {dob}
Medicaid # {medicaid}   Encounter {fin}   SSN {ssn}
Date given   Medication                                   Site        Lot     RN
{us1}   {lai}   {site}   {lot}   {rn_full}
Next due: {future} (window +/- 7 days). Reminder texts to {phone}.
Pt declined {site}; prefers deltoid. AIMS 2. Weight {wt_kg} kg.
Identity confirmed against chart photo {photo_id}.
Prescriber {md_full} - NPI {npi}. Billing {hcpcs} x 1 unit, rev {rev}. Claim {claim}.""",
        """Injection clinic walk-in: {pt_fl} ({mrn}) {dt1}. {lai}. Lot {lot}.
Seen by {rn2_full}. Pt asked to update address to {street}, {unit}, {city} {zip}.
Next: {md5}.""",
    ),
    # 27 --------------------------------------------------------------------------------------------
    "s4_naloxone_distribution_log": (
        """NALOXONE / FENTANYL TEST STRIP DISTRIBUTION LOG     {org}
date,recipient,zip,phone,kits,product,lot,trained_by,overdose_reversed_before
{iso1},{pt_fl},{zip},{phone},2,{nalox},{lot},{peer_full},Y
{iso1},{rel_full},{zip},{phone2},1,{nalox},{lot},{peer_full},N
{iso2},{rel2_full},,{phone3},3,{nalox},{lot},{sw_full},Y
reversal report: {pt_first} used kit on {rel_rel} at {street}, {city} on {md2}; EMS incident {incident}.""",
        """Naloxone leave-behind report (EMS)
Patient refused transport after reversal {dt1} at {street} {unit}, {hood}, {city}.
Kit left with {rel_full} ({rel_rel}); patient {pt_full}, DOB {dob}. Crew {officer_full}.
Follow-up by {org} peer {peer_first}, phone {phone}.""",
    ),
    # 28 --------------------------------------------------------------------------------------------
    "s4_psych_bed_search_request": (
        """PSYCHIATRIC BED REQUEST - TRANSFER CENTER     Request {bed_req}
Sending: {fac_town} ED  (RN {rn_full}, ph {phone}, fax {fax})
Patient: {pt_lf}   DOB {dob}   MRN {mrn}   Boarding since {dt1}
Legal: {legal} expires {dt2}
Payer: {member} (group {group})   SSN {ssn}
Dx: {icd} / {icd2}   Medically cleared: Y (BAC {bac}, Na {na})
Facilities called:
 {fac_town2} - declined (no adolescent beds) - {time2}
 {org} - declined (acuity)
 {state_hosp} - waitlist #{bed}
Accepting: {md2_full} at {fac_town2}, {dt3}.  Transport: {org2} (secure van).""",
        """bed board fax cover
TO: {fac_town2} intake  FAX {fax}   FROM: {sw_full}  PH {phone}
RE: {pt_caps}, {dob_us}, pending {legal}; labs + H&P attached ({d1}). Acct {acct}.""",
    ),
    # 29 --------------------------------------------------------------------------------------------
    "s4_uds_chain_of_custody": (
        """URINE DRUG SCREEN - CHAIN OF CUSTODY FORM   Specimen ID {specimen}
Donor: {pt_lf}   Donor ID (OTP) {otp_id}   DOB {dob}   Photo ID: DL {dl}
Donor photo captured at kiosk: {photo}   SSN last collected: {ssn}
Reason: [x] random  [ ] for cause   Collection site: {org}
Donor fingerprint scan (collector kiosk) {bio_fp}
Collected {dt1} by {tech_full}; temp in range (90-100 F) [x]; observed [x]
Split: A/B  Seal intact. Courier {officer_full}. Received at lab {dt2} by {witness_full}.
Results: {uds}; creatinine 46 mg/dL; LOINC {loinc}.
MRO: {md_full}, MD, NPI {npi}   Phone {phone}   Report fax {fax}""",
        """TOX RESULT (LIS export)
ACC|{specimen}|{pt_hl7}|{dob_hl7}|{mrn}|COLL {hl7d1}|RCVD {hl7d2}
FEN SCRN POS, NORFEN POS, BUP POS, 6-MAM NEG  ({uds})
Ordering {md_init} NPI {npi}; client acct {acct}. Called to {rn_full} {time2}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """UNIT POLICY SUMMARY - {policy}
Seclusion and restraint orders renewed every 4 hr for adults 18 and over; face-to-face within 1 hr.
Observation: {checks}. PRN emergency medication: haloperidol {haldol} mg / lorazepam {ativan} mg /
diphenhydramine {bena} mg IM. Document on {form}. Questions: {role}, unit ext. {ext}.""",
    """OTP dosing window stats - {unit_name}
Doses dispensed today {calls}; guest doses 2; average methadone {meth_mg} mg ({meth_ml} mL of 10 mg/mL).
Take-home bottles out {bottles}; returned {bottles}. NDC {ndc}, stock lot {lot}. Phase {phase} criteria per 42 CFR 8.12.""",
    """ECT suite checklist (template {version})
Thymatron System IV self-test passed. Charge default {ect_charge}, pulse {pw} ms.
Methohexital {methohex} mg, succinylcholine {sux} mg. Target EEG seizure > 25 s. CPT {cpt} (90870).
Rev code 0901. Call anesthesia ext. {ext} for a dose change.""",
    """PDMP policy reminder: query required before prescribing controlled substances; MME > 90 triggers
{role} review. NarxScore above 500 = discuss naloxone ({nalox}). Policy {policy}.""",
    """Clozapine ANC monitoring table (general population)
ANC >= 1,500/µL: normal range, continue; 1,000-1,499: mild neutropenia, 3x weekly;
500-999: interrupt, daily; < 500: stop. BEN reference {anc_ref}. Current unit census on clozapine {calls}.
Typical dose range 300-{cloz_mg} mg/day; level target 350 ng/mL.""",
    """GROUP SCHEDULE - {unit_name}
{time2} {grp} ({grp_room})   {time4} {grp2} (Rm {room})
Facilitator: {role}. CPT {cpt2}. Snacks after group; nicotine replacement {nicotine} at med pass.""",
    """Crisis line monthly metrics: contacts {calls}00, chat {pct}, text 22%, average handle time {seclusion_min} min.
Imminent-risk rescues {bottles}. 988 press 1 = Veterans Crisis Line. Staffing 2 FTE over budget ({money}).""",
    """CIWA-Ar protocol (order set {version})
Score < 8: monitor q4h. 8-15: chlordiazepoxide 25 mg. > 15: 50 mg and notify {role}.
Thiamine 100 mg IM before glucose (prevent {eponym}). Mg {mg_lab}, phos {phos}, K {k}.""",
    """Eating-disorder unit dietitian handout: meal plan exchanges 3-4-3; BMI {bmi_low} at admission typical;
refeeding risk if phos < 2.5 mg/dL. Target weight gain 0.5-1.0 kg/week. Ensure Plus 350 kcal. Form {form}.""",
    """Psychological testing norms note: WAIS-IV composite mean 100 (SD 15), subtest SS mean 10 (SD 3).
FSIQ {fsiq} = {pctile}th percentile. MMPI-3 T >= 65 clinically elevated; T={tscore} on RC8 in sample.
CPT {cpt} for first hour; {cpt2} each additional.""",
    """ACT team fidelity self-review (TMACT {version})
Caseload {calls} per 10 staff; {pct} contacts in community. LAI clinic: {lai}.
Psychiatrist 0.8 FTE. Peer specialist position open since {year}.""",
    """Legal status quick reference: {legal} = up to {hold_hrs} hours; {legal2} after certification review.
Grave disability, danger to self or others. Advisement given in writing and verbally. Form {form}.""",
    """Billing crosswalk - crisis services
Mobile crisis {hcpcs}; psychotherapy for crisis 90839 (+90840); CSU per diem rev {rev}; DRG {drg}.
Rates: {money} per encounter, {money2} per 15 min.""",
    """Vitals trend (unit dashboard, de-identified)
BP {bp}  HR {hr}  RR {rr}  SpO2 {spo2}  T {temp}  Wt {wt_kg} kg  BMI {bmi}
Lithium {li} mEq/L (0.6-1.2). Clozapine {cloz_lvl} ng/mL. QTc {qtc} ms. Na {na}.""",
    """Take-home eligibility criteria (8 point): absence of recent drug use, regular clinic attendance,
no serious behavior problems, stable home, length of time in treatment, secure storage (lockbox),
rehabilitative benefit outweighs diversion risk. {phase}: up to {th_days} take-home doses. {policy}.""",
    """Safety planning training (module {version}): Stanley-Brown six steps; C-SSRS screen result
"{cssrs}" requires {role} review; lethal means counseling. Hotline 988; text HOME to 741741.""",
    """Recovery residence standards (NARR {version}): Level II monitored; weekly house meeting {time4};
fees {money2}/week; drug testing; MAT-friendly ({brand}). {org} peer support Tue/Thu.""",
    """Diagnosis codes in use this quarter: {icd} {dsm}; {icd2} {dsm2}; {icd3}.
SNOMED {snomed}; LOINC {loinc} (buprenorphine urine). Top DRG: {drg}.""",
    """Medication room count - {unit_name}: {brand} {qty} tabs, {brand2} {days} syringes, naloxone {nalox}.
Double-count {time1} and {time3}. Discrepancy 0. Lot {lot} (stock). Pharmacy ext. {ext}.""",
    """Court-ordered treatment overview: {legal2}; 90-day commitment; reports due every 30 days.
Assisted outpatient treatment under {legal}. Liaison hours {time2}-{time4}. Form {form}.""",
    """Psychiatric advance directive FAQ: agents must be adults; two witnesses; valid until revoked.
Facility must honor unless emergency. Template {form}, revision {year2}.""",
    """42 CFR Part 2 redisclosure notice text ({version}): This information has been disclosed to you from
records protected by federal confidentiality rules. A general authorization for release of medical
information is NOT sufficient. Program: {org}.""",
    """Withdrawal score snapshot: CIWA {ciwa} -> {ciwa2}; COWS {cows} -> {cows2}; BAC {bac}; UDS {uds}.
ASAM level {asam}. Clonidine 0.1 mg PRN. Loperamide 2 mg PRN.""",
    """Unit census {unit_name}: {calls} pts, {bottles} on {checks}, 2 in seclusion room {room}.
Beds {room2}, {room} under repair. Staffing 1:{bed}. Call {role} at ext. {ext2}.""",
    """Screening tools used at intake: PHQ-9 ({phq9}), GAD-7 ({gad7}), AUDIT ({audit}), C-SSRS, BPRS {bprs},
YMRS {ymrs}. Scores above cutoffs route to {role}. Age {age_la} and older use GDS-15.""",
    """Naloxone standing order ({version}): any person at risk; {nalox}; train on rescue breathing;
Lot {lot}; reorder at 20 kits. Grant code HCPCS {hcpcs}. Cost {money} per case.""",
)
