"""Document styles for planted set LB: outpatient specialty clinics and the letters and forms around them.

Placeholders are ``{key}``: identifiers come from ``values.identifiers`` (gold unless typed None), filler from
``values.lookalikes`` (never gold). No literal braces appear in the text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # ------------------------------------------------------------------ ophthalmology
    "sb_humphrey_visual_field": (
        """HUMPHREY FIELD ANALYZER 3  -  Central 24-2 SITA Standard
Patient: {pt_lf}            ID: {mrn}
DOB: {dob_us}   Age: {age}   Eye: Right
Test date: {visit_dtus}      Fixation monitor: Gaze/Blind Spot
Fixation losses {fl}   False POS errors {fp}   False NEG errors {fn}
Test duration 05:41   Fovea: OFF   Stimulus III, White   Background 31.5 ASB
Pupil 3.4 mm   VA {va_r}   RX +2.25 DS
GHT: Outside normal limits
VFI {vfi}%   MD {md} dB P < 0.5%   PSD {psd} dB P < 1%
Retinal scan ref (OCT RNFL, same visit): {retina_id}
Operator: {tech_first}      Reviewed: Dr {doc_last}   {res_us}
{org} | {room} | {form_no}
""",
        """Glaucoma Clinic - Visual Field Summary ({policy})
Name: {title} {pt_full}   Hosp No. {mrn}   NHS {nhs}
Date of birth {dob_uk}
Fields performed {visit_uk} by {tech_full} (orthoptist), {hosp}.
  RE: MD {md} dB, PSD {psd} dB, VFI {vfi}%, reliability: FL {fl}, FP {fp}
  LE: stable compared with {prev_uk}; no progression on GPA.
IOP today R {iop_r} / L {iop_l} mmHg (Goldmann), CCT {cct} um. C:D ratio {cdr}.
OCT macula & RNFL retina scan ID {retina_id} archived to Forum.
Dx: H40.1131 primary open-angle glaucoma. Continue latanoprost 0.005% nocte both eyes.
Review in {months} months with repeat 24-2; sooner if IOP > 21.
Consultant: Mr {doc_full}   (GMC {gmc})
""",
        """visual field export - csv
patient_name,dob,mrn,exam_datetime,eye,strategy,md_db,psd_db,vfi,fl,retina_scan_id,operator
"{pt_caps}",{dob_iso},{mrn},{visit_dt},OD,SITA-Fast 24-2,{md},{psd},{vfi},{fl},{retina_id},{tech_init}
"{pt_caps}",{dob_iso},{mrn},{visit_dt},OS,SITA-Fast 24-2,-1.10,1.84,98,0/15,,{tech_init}
# ordering provider: {doc_caps}  NPI {npi}   group NPI {org_npi} (not a person)   CPT 92083
""",
    ),
    "sb_iol_implant_card": (
        """INTRAOCULAR LENS IMPLANT CARD - please carry this card with you
Patient name: {pt_fml}
Date of surgery: {proc_ukl}        Eye: LEFT
Hospital: {hosp}
Surgeon: {doc_full}
Lens model: {iol_model}   Power: {iol_power}   A-constant {a_const}
Serial no.: {iol_serial}
UDI: {udi}
Biometry: AL {al} mm, K1 {k1} D, K2 {k2} D, ACD {acd} mm, formula {formula}, target {target}
Viscoelastic Healon GV lot {lot} (stock) - BSS lot {lot2}
If you need an MRI scan this lens is MR Safe. Questions: eye clinic {uk_phone}
""",
        """Cataract Pre-op Biometry & Lens Selection - {org}
Pt: {pt_lfm}   DOB {dob_abbr} ({age} yrs)   Chart {mrn}
Address: {us_street}, {us_city}, {us_state} {us_zip}
Biometry {visit_us} (IOLMaster 700): OD AL {al} mm  K1 {k1}  K2 {k2}  ACD {acd}
IOL selected: {iol_model} {iol_power} (A const {a_const}), formula {formula}, target {target}
Backup lens: same model +0.5 D from consignment, lot {lot} (shared stock)
Surgery booked {proc_us} at {hosp} - {room}. Surgeon Dr. {doc_init} (NPI {npi}).
Implanted lens serial (from implant sticker, added post-op): {iol_serial}
Pt phone {us_phone}; ride home with {rel_full} ({rel_role}).
CPT 66984-RT / H25.11. Est. patient responsibility {money}.
""",
    ),
    "sb_intravitreal_injection_log": (
        """MEDICAL RETINA - INTRAVITREAL INJECTION RECORD
{pt_caps}   MRN {mrn}   DOB {dob_dot}   {sexw}
Dx: H35.3211 exudative AMD, right eye, active CNV
Date        Eye  Drug                         Batch/Lot     VA     IOP   OCT scan ID       Injector
{d1_uk}  R    {drug_ivt}   {lot}       {va_mr}   {iop_r}    -                 {nurse_init}
{d2_uk}  R    {drug_ivt}   {lot2}      {va_mr}   {iop_r}    {retina_id}       {nurse_init}
{d3_uk}  R    {drug_ivt}   {lot3}      {va_ml}   {iop_l}    -                 Dr {doc_last}
Povidone-iodine 5%, speculum, 30G needle 4 mm posterior to limbus. No complications.
Treat-and-extend: next interval {weeks} weeks -> {next_uk}. Transport: hospital car scheme, {gp_town}.
""",
        """Intravitreal injection note  {visit_dtuk}
{title} {pt_last} ({pt_full}, hosp no {mrn2}) attended {room} for injection #14 to the LEFT eye.
Consent reconfirmed; {he} declined the patient information leaflet (already has it).
Pre: VA {va_l} (logMAR {logmar_l}), IOP {iop_l} mmHg.
Drug: {drug_ivt}, lot {lot} exp {exp_ym}; HCPCS per drug (J0178 / J2778 / J9035).
Retinal OCT (retina scan {retina_id}): IRF resolved, CST 281 um.
Post: perception of light confirmed, IOP {iop_r} at 10 min.
Injector: {nurse_full} RN (nurse injector); supervising Dr {doc_full}.
Age {age_words}; lives alone at {uk_street}, {uk_town}; {rel_first} ({rel_role}) drives {him}.
""",
    ),
    # ------------------------------------------------------------------ ENT / audiology
    "sb_cochlear_mapping_record": (
        """COCHLEAR IMPLANT PROGRAMME - MAPPING SESSION
Recipient: {pt_full}   DOB: {dob_uk}   Hosp no: {mrn}
Implant: {ci_model}, RIGHT, activated {year}   Implant S/N {ci_serial}
Sound processor: {processor}   Processor S/N {proc_serial}
Session {visit_uk} - remote check via Remote Assist from {ip} (patient home network)
Strategy ACE, rate {rate} pps, PW {pw} us, 22 electrodes active (E3 deactivated, open circuit)
T-levels ~{t_level} CL, C-levels ~{c_level} CL; impedances within limits.
Aided thresholds 25-30 dB HL 250-4k Hz. AzBio in quiet {wrs}.
Audiologist: {tech_full}   Next: {next_uk}
Correspondence: {pt_email} / {uk_mob}
""",
        """CI mapping - Paeds - {hosp}
Child: {kid_full} (age {kid_age})   D.O.B. {kdob_us}   MRN {mrn}
Parent/guardian: {parent_full}, tel {us_phone}, email {parent_email}
L implant {ci_model} s/n {ci_serial}; processor {processor} s/n {proc_serial}; spare processor loaner s/n {proc_serial}
Remote fitting link {tele_url} (connected from IP {ip})
MAP 7 created {visit_long}: T {t_level} / C {c_level}, rate {rate} pps, IDR 60 dB
Tympanometry L type {tymp_type}. Speech therapist: {staff_full}.
School: {school}. Audiologist {tech_init}, AuD.
""",
    ),
    "sb_audiology_tympanogram": (
        """AUDIOLOGY  REPORT                                   page 1 of 2
Narne {pt_lfm}   DOB {dob_us} (age {age})   Acct {acct}
Date of test {visit_us}     Audiologist {tech_full}, Au.D.
Referred by Dr. {doc_full} for ?{eponym}
PURE TONE (dB HL)   250  500   1k   2k   4k   8k
  Right air        {thr_r}
  Left  air        {thr_l}
PTA R {pta_r} dB / L {pta_l} dB   WRS {wrs} at 40 dB SL
TYMPANOMETRY (226 Hz): R type {tymp_type}, ECV {ecv} mL, peak {peak_p} daPa, Ytm {comp} mmho
Recommend bilateral amplification: {ha_model} trial, R s/n {ha_serial} / L s/n {ha_serial2}
Cost {money}; {payer} benefit applies. Device trial ends {next_us}.
Contact {us_phone}   {us_street}, {us_city} {us_state} {us_zip}
""",
        """Hearing aid fitting & verification - {org}
{title} {pt_full}, {age_words} years young, fitted {visit_ukl} at {room}.
Address: {uk_flat}, {uk_street}, {uk_town}, {uk_county} {uk_pc}
Devices: {ha_model} RIC   Right SN {ha_serial}   Left SN {ha_serial2}
REM to NAL-NL2 targets within 5 dB to 4k. Tymps type {tymp_type} bilat.
Follow up {next_dm} (phone {uk_phone}). Daughter {rel_full} manages app.
GP: Dr {gp_last}, {practice}.
""",
    ),
    # ------------------------------------------------------------------ dermatology
    "sb_mohs_surgery_map": (
        """MOHS MICROGRAPHIC SURGERY - OPERATIVE MAP
Patient: {pt_lf}  DOB {dob_us}  MRN {mrn}  DOS {visit_us}
Surgeon/pathologist: {doc_full}, MD   Histotech: {tech_first}
Pre-op full-face photo: {photo}   (close-up lesion photo DSC_0442.JPG not full face)
Site: {site}   Tumour: {tumour}   Pre-op size {lesion_size}
Stage I  blocks 1-{blocks}: positive at 3 o'clock (block 2), deep margin clear
Stage II block 1-2: clear
Total stages {mohs_stages}; final defect {defect}; repair {repair}
Path ref {accession}. Codes 17311 x1, 17312 x{mohs_stages}; C44.311.
Suture removal {next_md} with {nurse_first}.
""",
        """Mohs Day Sheet  {visit_caps}  ({room})
Pt {pt_caps_fl}  (goes by {pt_nick})  age {age}   Chart {mrn}
Photo ID on file: {photo2}; pre-op frontal face photograph {photo}
Referring dermatologist: Dr {doc2_full}, {hosp}
Lesion {site} {tumour}, {lesion_size}; stages {mohs_stages}, blocks {blocks}
Defect {defect}, closed with {repair}. Anticoag: apixaban held 48 h per {policy}.
Call {us_phone} if bleeding. Pathology accession {accession}.
""",
    ),
    "sb_skin_biopsy_log": (
        """DERMATOLOGY BIOPSY TRACKING LOG  (export {res_iso})
date,patient,mrn,site,type,specimen,lab,result,notified_by,callback
{visit_iso},"{pt_lf}",{mrn},{site},shave,{accession},{org} (CLIA {clia}),{tumour},{nurse_first},{us_phone}
{d3_iso},"{pt_lf}",{mrn},L shin,punch 4 mm,{accession2},{org} (CLIA {clia}),benign naevus,{nurse_first},{us_phone2}
# dermoscopy images (lesion close-ups, not identifiable): DERM_0042.jpg DERM_0043.jpg
# recall letter sent {res_us} to {us_street}, {us_city}, {us_state} {us_zip}
""",
        """Skin biopsy - procedure note
{pt_full} (MRN {mrn}), DOB {dob_long}, seen {visit_long} by {doc_full}, PA-C.
Lesion: {site}, {lesion_size}, ?{tumour}. Clinical photo (full face, for site mapping): {photo}
Consent signed; fingerprint e-signature template {fp_id} captured on pad.
Procedure: shave biopsy, AlCl hemostasis. Specimen {accession} to path.
Lidocaine 1% w/ epi lot {lot} (stock). CPT 11102. ICD D48.5.
Results to portal {portal_url} within 10 days; pt prefers email {pt_email}.
""",
    ),
    "sb_nbuvb_phototherapy_log": (
        """NB-UVB PHOTOTHERAPY TREATMENT RECORD   {form_no}
Name: {pt_fml}   MRN: {mrn}   Skin type {skin_type}   PASI at start {pasi}
Check-in palm vein ID: {palm_id}
Cabinet: Waldmann UV 7002 (unit 2), tubes replaced {year}
Tx#  Date          Dose mJ/cm2  Cum J/cm2  Erythema  Staff
 10  {d1_us}    {uvb_dose}        {uvb_cum}      0         {nurse_init}
 11  {d2_us}    {uvb_dose}        {uvb_cum}      1 (mild)  {nurse_init}
 12  {d3_us}    held              {uvb_cum}      -         {staff_init}
Goggles & genital shielding confirmed. Next tx {next_md}. Sessions to date {sessions}.
""",
        """Phototherapy unit - missed appointments letter
{visit_ukl}

{title} {pt_lf}
{ie_street}
{ie_town}
Co. {ie_county}
{ie_eircode}

Dear {title} {pt_last},
You have missed {sessions} of your narrowband UVB sessions (chart {mrn}). Please ring the unit on
{ie_phone} to rebook; palm-vein check-in (ID {palm_id}) remains active for {weeks} weeks.
Cumulative dose {uvb_cum} J/cm2. Yours sincerely, {nurse_full}, CNS Dermatology, {hosp}.
""",
    ),
    # ------------------------------------------------------------------ urology
    "sb_stone_clinic_gp_letter": (
        """Stone Clinic - {hosp}
Tel {uk_phone}   Fax {uk_fax}
Dictated {visit_uk}  Typed {res_uk}

Dr {gp_full}
{practice}

Dear Dr {gp_last},
Re: {pt_full}, DOB {dob_uk}, NHS No {nhs}, Hosp No {mrn}
    {uk_street}, {uk_town}, {uk_pc}

I reviewed {pt_first} today. CT KUB shows a {stone} left lower pole stone (density {hu} HU) and a {stone2}
right VUJ stone which has since passed. 24-hour urine: calcium {urine_ca} mmol {ref_range}, volume {urine_vol} L.
eGFR {egfr}. We will list for flexible ureteroscopy and laser (wait approx. {wait_wk} weeks) with a
{stent} JJ stent for {stent_days} days. Please encourage 2.5-3 L fluid daily.

Yours sincerely,
{doc_full} FRCS(Urol), Consultant Urologist   GMC {gmc}
cc: patient ({uk_mob})
""",
        """STONE CLINIC CLINIC LETTER (AUS)
{hosp} Urology Outpatients   Ph {au_phone}  Fax {au_fax}
Date: {visit_uk}
To: Dr {gp_init}, {practice}   Provider No {prov_no}
Re: {pt_caps}  DOB {dob_uk}  UR {urn}  Medicare {medicare_au} IRN {irn}
Address: {au_street}, {au_suburb} {au_state} {au_pc}

Thank you for referring {pt_first} (aged {age}; first stone in {year}) with recurrent calcium oxalate stones.
Current: {stone} R renal pelvis, {hu} HU. Plan ESWL; triage {cat_triage}. Potassium citrate 20 mEq bd.
Kind regards, Dr {doc_full} (AHPRA {ahpra})
""",
    ),
    "sb_vasectomy_semen_result": (
        """POST-VASECTOMY SEMEN ANALYSIS - RESULT LETTER
{res_ukl}
Private & Confidential
{title} {pt_full}
{uk_flat}, {uk_street}
{uk_town} {uk_pc}

Lab no {accession2}   Procedure date {proc_uk}   Sample received {visit_dtuk}
Volume {vol_ml} mL. Microscopy: {sperm}.
You may now stop other contraception. If you have questions call {nurse_full} on {uk_phone}.
{doc_full}, Consultant Urologist   (Lab: {org}, UKAS ref {cap_no} - organisation, not you)
""",
        """Vasectomy follow-up (telehealth)  {visit_long}
{pt_lfm}  MRN {mrn}  DOB {dob_us}
Vasectomy {prev_us} (CPT 55250) by Dr. {doc_last}. Mild L scrotal ache, settled.
PVSA {res_us}: {sperm}; specimen {accession2}. Cleared per AUA 2012.
Video visit {tele_url} - pt joined from {ip}.
Billing: acct {acct}, claim {claim}, copay {money2}.
Spouse {rel_full} present on call.
""",
    ),
    "sb_flexi_cystoscopy_list": (
        """FLEXIBLE CYSTOSCOPY LIST - {visit_caps} - {room}
Op: {doc_init}   Nurse: {nurse_first}   Scope KARL STORZ 11272 C1 (asset 4471)
Time  Name                     Hosp No    DOB          Indication              Outcome
{time}  {pt_caps}        {mrn}    {dob_uk}   stent removal {stent}   removed, day {stent_days}
{time2}  (next pt - see list page 2)
Comments: pt drove self ({plate}), advised no driving 24 h if sedated - nil sedation given.
NOK {rel_full} {uk_mob}. Discharge to {uk_town}.
""",
        """Cystoscopy report  {visit_dtus}
Patient {pt_full}  MRN {mrn}  FIN {fin}  Age {age}
Indication: haematuria surveillance, hx pTa LG 2019. Surgeon {doc_full}, MD.
Findings: urethra normal, trilobar prostate, 3 mm papillary lesion L lateral wall.
Plan: TURBT {proc_us} at {hosp}. Specimen (cytology) {accession}.
Codes 52000, R31.0, Z85.51. Pt home {us_street}, {us_city} {us_state}, {us_phone}.
""",
    ),
    # ------------------------------------------------------------------ orthopaedics / sports
    "sb_joint_injection_log": (
        """JOINT INJECTION LOG - MSK clinic ({room})
| Date       | Patient              | MRN       | Joint | Drug                                  | Lot (stock) | VAS pre/post | By |
| {d1_uk} | {pt_lf} | {mrn} | {joint} | {steroid} | {lot} | {vas}/{vas2} | {doc_init} |
| {d3_uk} | {pt_lf} | {mrn} | {joint} | {steroid} | {lot2} | {vas}/{vas2} | {nurse_init} |
KOOS {koos}; OKS {oks}. Max 3 injections per joint per year per {policy}.
Pt mobile {uk_mob}; lives {uk_town}.
""",
        """Procedure: ultrasound-guided {joint} injection   {visit_long}
{pt_full}, {age} y/o, MRN {mrn}, DOB {dob_long}
Ordering/performing: {doc_full}, MD (NPI {npi})  Assist: {nurse_full}, LPN
Consent verbal & written. Timeout {time}. Drug {steroid}, lot {lot} exp {exp_ym}.
HCPCS J3301 x4; CPT 20611. Post VAS {vas2}. ROM {rom}.
Prior auth {pa_ref} ({payer}); member {member_id}.
""",
    ),
    "sb_arthroplasty_registry_form": (
        """NATIONAL JOINT REGISTRY - MDS v7 (hip primary)
Patient consent: YES   Name {pt_full}   DOB {dob_uk}   Gender {sex}
NHS number {nhs}   Postcode {uk_pc}   Hospital {hosp}
Op date {proc_uk}   Consultant {doc_full} (GMC {gmc})   Operating surgeon grade: Fellow
Component             Cat no.            Lot no.
Acetabular cup        {cat_no}       {imp_lot}
Femoral stem          {cat_no2}           {imp_lot2}
Head 32 mm Delta      {cat_no}       {imp_serial}
Cement Palacos R+G batch {batch} (stock)   BMI {bmi}   ASA 2
""",
        """Implant record / sticker sheet - Theatre 3
Pt: {pt_caps}   MRN {mrn}   DOS {proc_us}
Knee: {stem} femoral; tibial insert 10 mm
  UDI {udi}
  LOT {imp_lot}   REF {cat_no}
  SN {imp_serial}
Surgeon {doc_init}, MD   Circulator {nurse_full}
Registry: AJRR submission {res_us}; pt address {us_street}, {us_city} {us_state} {us_zip}
""",
    ),
    "sb_fracture_cast_clinic": (
        """FRACTURE / CAST CLINIC - {visit_ukl}
Child: {kid_full}  DOB {kdob_uk}  Hosp {mrn}  Age {kid_age}
Injury: {fracture} (fell off trampoline {d3_dm})
Cast: {cast}, applied {d2_uk}; check today - intact, NV intact, cap refill <2 s.
Plan: remove cast at {weeks}/52; x-ray not required for buckle fractures.
Mum {parent_full} {uk_mob}; parking permit issued for reg {plate}.
School note for {school}. Seen by {nurse_full} (cast technician) & Dr {doc_last}.
""",
        """CAST CARE INSTRUCT1ONS / RETURN V1SIT  (scanned)
Pat1ent: {pt_full}   D0B {dob_us}   Acct # {acct}
Cast type {cast}; {fracture}. Follow-up {next_us} at {time} in {room}.
Employer: {org} - employee no. {employee_id}; workers' comp case {case_no}, SSN {ssn}.
Do not drive in a cast. Veh1cle on fi1e (parking): {plate}.
Questions {us_phone} (24 h line). Provider {doc_full}, DO.
""",
    ),
    "sb_return_to_play_clearance": (
        """SPORT-RELATED CONCUSSION - GRADUATED RETURN TO PLAY CLEARANCE
Athlete: {kid_full}   DOB {kdob_us}   Student ID {student_id}
School/team: {school}, varsity soccer   Injury date {d2_us}
SCAT6 symptom score {scat_sx} (baseline 2). Gait lab tandem analysis template {gait_id}.
Stage 5 completed {d3_us}. Cleared for full contact from {visit_us}.
Parent/guardian: {parent_full}  {us_phone}  {parent_email}
Athletic trainer: {staff_full}, ATC   Physician: {doc_full}, MD (NPI {npi})
""",
        """Sports Medicine - Return-to-Play Form (ACL reconstruction)
Name: {kid_full}    Age {kid_age}    DOB: {kdob_long}
Surgery {prev_long}; graft BTB; surgeon Dr {doc2_full}.
Hop tests LSI 92-96%; isokinetic quad LSI 91%; KOOS sport {koos}; ACL-RSI 74.
Gait & landing analysis capture: {gait_id}
Cleared for return to netball {visit_ukl}. Club: {org}.
Physio {staff_full}; contact {au_phone}.
""",
    ),
    # ------------------------------------------------------------------ neurology
    "sb_eeg_report": (
        """ROUTINE EEG REPORT     EEG No: {eeg_no}
Name: {pt_lfm}   MRN: {mrn}   DOB: {dob_us}   Age {age}
Date of study: {visit_us}   Requested by: Dr. {doc2_full}   Tech: {tech_first} {tech_last}, R. EEG T.
Montages: {montage}, referential. Photic {photic}, HV 3 min.
Background: PDR {pdr}, reactive. Intermittent {slow} slowing {ipsi}.
Sharp waves {ipsi}, sleep-activated. No electrographic seizures.
Impression: abnormal - focal epileptiform discharges. Clinical correlation. (95816)
Reading neurologist: {doc_full}, MD
""",
        """EEG report  {eeg_no}  {visit_uk}
{title} {pt_full}, {hosp}, DOB {dob_uk}, hosp no {mrn}.
Referral: ?{eponym} vs syncope. Video-EEG face camera recording file {photo} (archived).
10-20 system, {montage}; PDR {pdr}; no IEDs; photic {photic} no PPR.
Driving: as per DVLA, no driving until reviewed; vehicle reg noted {plate}.
Reported by Dr {doc_last}, Clinical Neurophysiologist.
""",
    ),
    "sb_emg_ncs_report": (
        """NERVE CONDUCTION STUDIES / EMG
Patient: {pt_caps}   OHIP {ohip}   DOB {dob_iso}
Date: {visit_iso}   Referring: Dr. {gp_full}, {ca_city}   Fax {ca_fax}
Workers' Safety claim {claim}; SIN on WSIB form {sin}
Median (R) DML {dml} ms, CV {ncv} m/s, SNAP {smap} uV. Ulnar normal.
Needle EMG APB: fibs 1+, reduced recruitment.
Impression: moderate-severe R carpal tunnel syndrome (G56.01).
{doc_full}, MD FRCPC (CPSO #{cpso})   {hosp2}
""",
        """EMG/NCS Report - {org}
{pt_lf}  DOB {dob_us}  Acct {acct}  Age {age}
Tech {tech_full}; interpreted by {doc_full}, MD.
R median DML {dml} ms (nl <4.4), CV {ncv} m/s, SNAP {smap} uV; CMAP {cmap} mV.
Impression: {eponym}; no radiculopathy. CPT 95886, 95911.
Copy to Dr. {doc2_init}, fax {us_fax}.
""",
    ),
    "sb_botulinum_injection_map": (
        """BOTULINUM TOXIN INJECTION MAP - cervical dystonia
Pt {pt_full}  DOB {dob_us}  MRN {mrn}   Visit {visit_us}
Product {toxin} ({toxin_generic}), lot {lot}, exp {exp_ym}; {jcode}; diluted 2 mL NS
  L SCM        {u_scm_l} U      R SCM        {u_scm_r} U
  L splenius   {u_splen_l} U      R splenius   {u_splen_r} U
  L trapezius  {u_trap_l} U      R trapezius  {u_trap_r} U
  levator      {u_lev} U      total {u_total} U (wastage documented)
TWSTRS 38. Full-face pre-injection photo {photo}. PA # {pa_ref}.
Injector {doc_full}, MD; EMG-guided. Next {next_us} (12 wk).
""",
        """Blepharospasm / hemifacial spasm clinic - {hosp}
{title} {pt_lf}  ({age_words})  MRN {mrn}
Date {visit_ukl}. {toxin} {u_orb} U per side orbicularis oculi, {u_front} U frontalis; lot {lot}.
Frontal face photograph for response tracking: {photo2}
Previous cycle {inj_uk}. Next {next_uk}. Contact {uk_phone}.
Nurse {nurse_full}.
""",
    ),
    "sb_dbs_programming_session": (
        """DBS PROGRAMMING NOTE   {visit_dtus}
Patient {pt_lfm}  MRN {mrn}  DOB {dob_us}  Age {age}
Dx G20.A1 - Parkinson's disease; implanted {year} (STN bilat)
IPG {dbs} model {dbs_model}, serial {ipg_serial}; battery 2.9 V
L STN: {contacts} {amp} mA {pw_us} us {hz} Hz   R STN: {contacts} {amp2} mA {pw_us} us {hz} Hz
Remote session from patient tablet {ip}; carer {rel_full} present.
MDS-UPDRS III ON-stim {updrs}. 95983 + 95984 x2.
Programmer: {staff_full}, RN; supervising {doc_full}, MD
""",
        """DBS clinic / remote programming log
when,who,action,value
{visit_dt},{staff_first},session start,remote IP {ip}
{visit_dt},{staff_first},impedance check,all 1.1-2.3 kOhm
{visit_dt},{staff_first},L amp,{amp} mA
{visit_dt},{doc_last},approved,programme group B
patient: {pt_caps}; device IPG SN {ipg_serial}; DOB {dob_iso}; phone {us_phone}
""",
    ),
    "sb_seizure_diary_export": (
        """SeizureTrack app - diary export (CSV)
user,{app_user}
email,{pt_email}
name,{pt_full}
exported_from_ip,{ip}
date,time,type,duration,trigger,rescue
{d1_iso},{time},focal aware,40 s,sleep deprivation,none
{d2_iso},{time2},focal impaired awareness,2 min,missed dose,buccal midazolam 10 mg
{d3_iso},{time},focal aware,25 s,unknown,none
total,{sz_count} events
""",
        """Epilepsy clinic review - {visit_ukl}
Dear Dr {gp_last},
{pt_full} (DOB {dob_uk}, {nhs}) brought {his} seizure diary (app export, user {app_user}).
{sz_count} focal seizures since {prev_ukl}, last on {d3_ukl}. On {aed}.
I have advised {him} not to drive and to inform DVLA; {his} car {plate} should not be driven.
MRI {year}: L hippocampal sclerosis. EEG {eeg_no}.
Dr {doc_full}, Consultant Neurologist ({hosp}), secretary {uk_phone}.
""",
    ),
    # ------------------------------------------------------------------ GI
    "sb_endoscopy_recall_letter": (
        """{hosp}
Endoscopy Unit   Tel {ie_phone}   Fax {ie_fax}
{visit_ukl}

{title} {pt_full}
{ie_street}, {ie_town}, Co. {ie_county}, {ie_eircode}

MRN {mrn}   PPSN {ppsn}   Medical Card {gms}

Dear {title} {pt_last},
Your last colonoscopy on {prev_ukl} found {polyps}. In line with {policy} surveillance guidance,
you are due a repeat in {recall_yrs} year(s). We have placed you on the waiting list (ref {wl_ref}).
Bowel prep (Moviprep) instructions will follow. Please phone {ie_phone} if your details have changed.
Yours sincerely, {doc_full}, Consultant Gastroenterologist (IMC {imc})
""",
        """COLONOSCOPY SURVEILLANCE RECALL - reminder
{pt_caps_fl}  DOB {dob_us}  MRN {mrn}
{us_street} {us_unit}
{us_city}, {us_state} {us_zip}
Our records show you are due for colonoscopy (45378) by {next_long}. BBPS last time {bbps}.
Schedule online: {portal_url}  or call {us_phone}. Insurance on file {payer}, member {member_id}, group {group_no}.
{doc_full}, MD - {org}
""",
    ),
    "sb_capsule_endoscopy_report": (
        """CAPSULE ENDOSCOPY REPORT
Patient: {pt_lf}   DOB {dob_uk}   Hosp no {mrn}
Procedure date {visit_uk}   Capsule {capsule} SN {capsule_sn}   Recorder SN {recorder_sn}
Study uploaded from workstation {ip2} by {nurse_first}
Gastric transit {gtt}; SBTT {sbtt}; caecum {cecum}
Findings: 2 angioectasias proximal jejunum (P2); no active bleeding. Hb {hb}, ferritin {ferritin}.
Reader: Dr {doc_full}   Indication: IDA, OGD/colonoscopy normal {prev_uk}.
""",
        """Capsule study booking / consent
{title} {pt_full}  (age {age})  MRN {mrn}  DOB {dob_long}
Date {proc_long}, arrive {time} at {room}, {hosp}
Capsule {capsule} - device SN {capsule_sn} to be logged at ingestion; recorder {recorder_sn}
Data portal (patient copy) {portal_url}
Patency capsule not required. Clear fluids after {time2}. Contact {nurse_full} {au_phone}.
""",
    ),
    # ------------------------------------------------------------------ allergy / sleep / pain
    "sb_allergy_skin_prick_sheet": (
        """SKIN PRICK TEST RECORD
Name {kid_full}   DOB {kdob_uk}   Age {kid_age}   Hosp no {mrn}
Antihistamines stopped: yes (5 days)   Date {visit_uk}   Tested by {nurse_full}
Allergen            Wheal (mm)
Histamine 10 mg/mL  {w_hist}
Saline              {w_sal}
D. pteronyssinus    {w_dp}
Cat                 {w_cat}
Grass mix           {w_grass}
Birch               {w_birch}
Peanut              {w_peanut}
Egg white           {w_egg}
Total IgE {ige} kU/L. Parent: {parent_full}, {uk_mob}. Consultant: Dr {doc_last}.
""",
        """Allergy Testing - Patient Sheet ({form_no})
{pt_lfm}   DOB {dob_us}   MRN {mrn}   Acct {acct}
Panel 95004 x 40. Histamine {w_hist} mm, saline {w_sal} mm. Dust mite {w_dp} mm, cat {w_cat} mm.
Plan: SCIT; vial set prepared, Rx {rx_no}. Epinephrine auto-injector 0.3 mg (lot {lot}, stock).
Contact {us_phone} / {pt_email}. Allergist {doc_full}, MD. Billed {money}.
""",
    ),
    "sb_sleep_study_report": (
        """HOME SLEEP APNOEA TEST - REPORT
Patient: {pt_full}  DOB: {dob_uk}  Hosp: {mrn}
Device: ApneaLink Air SN {hst_serial}   Night of {d3_uk}
AHI {ahi}/h, ODI (oxygen desat index) {odi4}/h, SpO2 nadir {nadir}%, T90 {t90}
ESS {ess}/24. Neck {neck} cm, BMI {bmi}.
Occupation: HGV driver; vehicle reg {plate}. DVLA informed by pt; driving licence {dl_uk}.
Plan: APAP {cpap_p} cmH2O, device to be issued; CPAP SN will be {cpap_serial}.
Reported by Dr {doc_full}, {visit_uk}.
""",
        """CPAP compliance download - {org}
{pt_lf}  DOB {dob_us}  MRN {mrn}
Device ResMed AirSense 11 SN {cpap_serial}   cloud sync from {ip}
Period {d1_us} - {visit_us}: usage {usage} of nights >= 4 h, avg {usage_h} h, AHI {ahi}, P95 {p95} cmH2O
Compliant per CMS (>=70% nights >=4 h in 30 days). HCPCS E0601.
Commercial driver (CDL) - license {dl_us}; truck VIN {vin}.
Sleep physician {doc_full}, MD   NPI {npi}
""",
    ),
    "sb_pain_clinic_letter": (
        """{hosp} Persistent Pain Service
Ph {au_phone}   Fax {au_fax}
{visit_ukl}

Dr {gp_full}
{practice}

Dear {gp_first},
Re: {pt_full}   DOB {dob_uk}   UR {urn}   Medicare {medicare_au}
    {au_street}, {au_suburb} {au_state} {au_pc}

Thank you for referring {pt_first}, {age}, with chronic low back pain (ODI {odi}, VAS {vas}).
Current: {opioid} (~{mme} OME mg/day). SafeScript checked {visit_uk}.
We performed {pain_proc} on {proc_uk}. Accessible parking permit supported (vehicle {plate}).
Kind regards, Dr {doc_full} FANZCA FFPMANZCA (Provider {prov_no})
""",
        """PAIN MANAGEMENT - PROGRESS NOTE  {visit_us}
{pt_caps}  MRN {mrn}  DOB {dob_us}  age {age}
Procedure: {pain_proc}; ODI {odi}; VAS {vas} -> {vas2}.
PDMP reviewed; opioid agreement signed {prev_us}. {opioid} ({mme} MME).
Controlled Rx by {doc_full}, MD  DEA {dea}   lic {state_lic}
Disabled parking placard application signed; plate {plate}.
Next {next_us}; Rx {rx_no}.
""",
    ),
    # ------------------------------------------------------------------ hand / plastics
    "sb_hand_surgery_consent": (
        """CONSENT FORM 1 - PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT
Patient: {pt_full}   DOB {dob_uk}   Hospital no {mrn}
Procedure: partial palmar fasciectomy R ring finger ({eponym}); {tech_w}; anaesthesia {anaes}
Risks: digital nerve injury (2-3%), recurrence, CRPS, stiffness, haematoma.
Pre-op clinical photographs incl. one full-face ID photograph: {photo}
Patient signature captured by fingerprint pad: template {fp_id}   Date {visit_uk}
Interpreter: {staff_full} (Polish)   Clinician: {doc_full}, Consultant Hand Surgeon
Driving: none for {weeks} weeks; adapted vehicle VIN {vin} (DVLA notified).
""",
        """Plastics & Hand - pre-op checklist / consent addendum
{pt_lf}  MRN {mrn}  DOB {dob_us}  Age {age}
Procedure {proc_us}: 26123 (fasciectomy, partial palmar) + 26125; {anaes}
Full-face pre-op photo {photo}; hand photos HAND_01-06.jpg (not identifying)
E-signature: biometric fingerprint {fp_id}; witness {nurse_full}
Post-op splint: L3908. QuickDASH {quickdash}. Home {us_street}, {us_city}, {us_zip}.
""",
    ),
    # ------------------------------------------------------------------ admin: triage / prior auth / previsit
    "sb_referral_triage_form": (
        """e-REFERRAL TRIAGE - Ophthalmology / ENT / Orthopaedics
UBRN {ubrn}   Received {ref_uk}   Triaged {visit_uk} by {doc_init}
Patient {pt_caps}   NHS {nhs}   DOB {dob_uk}   Tel {uk_phone}
Referrer Dr {gp_full}, {practice} (ODS {ods})  Fax {uk_fax}
Reason: ?{eponym}; symptoms {months} months.
Triage outcome: {cat_triage}; clinic {room}; est wait {wait_wk} weeks (18-week RTT).
Patient-line voice verification enrolled: voiceprint {voice_id}
Advice & guidance returned to GP: none.
""",
        """REFERRAL TRIAGE FORM (Outpatients)   {form_no}
Received: {ref_ukl}   Source: GP   Triage cat: {cat_triage}
Pt: {title} {pt_full}   DOB {dob_uk}   PPSN {ppsn}   MRN {mrn}
Addr: {ie_street}, {ie_town}, Co. {ie_county}
GP: Dr {gp_full}, {practice}, fax {ie_fax}
Specialty: Urology (?{eponym}). Waiting list ref {wl_ref}; current wait {wait_wk2} weeks.
Telephone IVR voiceprint on file: {voice_id}
""",
    ),
    "sb_prior_auth_fax": (
        """FAX COVER SHEET - PRIOR AUTHORIZATION REQUEST
To: {payer} Utilization Mgmt   Fax: per payer portal
From: {staff_full}, {org}   Phone {us_phone}   Fax {us_fax}
Date: {visit_us}   Pages: 6
Member: {pt_lfm}   DOB {dob_us}   Member ID {member_id}   Group {group_no}
SSN (last form field): {ssn}
Service: {cpt1} {cpt1_desc}; drug {hcpcs}; Dx {icd1}, {icd2}
Rendering: {doc_full}, MD   NPI {npi}   Group NPI {org_npi}   TIN {tax_id}
Requested DOS {proc_us}; place of service {pos}. Ref # {pa_ref}
CONFIDENTIAL - contains PHI. If received in error call {us_phone2}.
""",
        """Prior Authorization - Medicare Advantage / Medicaid
Beneficiary {pt_full}  MBI {mbi}  Medicaid {medicaid}  DOB {dob_us}
Address {us_street} {us_unit}, {us_city}, {us_state} {us_zip}   County {us_county}
Requesting provider {doc_full} NPI {npi}; fax back to {us_fax}
Item: {hcpcs}; {toxin} {u_total} units for G24.3; prior trials documented {year}-{year2}.
Auth # {pa_ref} approved {res_us} - {next_us}. Claim {claim} to reference auth.
SSN {ssn}
""",
    ),
    "sb_previsit_questionnaire": (
        """NEW PATIENT PRE-VISIT QUESTIONNAIRE - please complete before your appointment
Legal name: {pt_fml}     Preferred name: {pt_nick}
DOB: {dob_us}    Sex: {sexw}    SSN: {ssn}
Address: {us_street}, {us_unit}   City: {us_city}   State: {us_state}   ZIP: {us_zip}
Cell: {us_phone}   Email: {pt_email}
Emergency contact: {rel_full} ({rel_role}) {us_phone2}
Insurance: {payer}  ID {member_id}  Group {group_no}
Driver's license #: {dl_us}    Parking: vehicle plate {plate}
Check-in: palm vein scan enrolled, ID {palm_id}; ID photo {photo}
Chief complaint (ENT): ringing both ears since {year}, ?{eponym}
Pharmacy: CVS #{hpo} (NCPDP {ncpdp})
""",
        """Sleep & Pain Clinic pre-visit form (online) submitted {visit_dt} from IP {ip}
Name {pt_lf}  Date of birth {dob_long}  Age {age}
Address {ca_street}, {ca_city}, {ca_prov} {ca_pc}   Health card {ohip}
Phone {ca_phone}  Email {pt_email}
Family doctor Dr {gp_full}
ESS {ess}; STOP-BANG 5; ODI {odi}; PHQ-2 1.
Check-in face photo uploaded: {photo}; biometric check-in iris ID {iris_id}
Parking: plate {plate}. Telehealth option {tele_url}.
""",
    ),
    "sb_results_letter_us": (
        """{org}
Results letter - {res_long}

{pt_full}
{us_street}
{us_city}, {us_state} {us_zip}

Dear {pt_first},
Your recent test from {visit_long} ({cpt1}, {cpt1_desc}) was reviewed by Dr. {doc_last}.
Result: within normal limits (reference {ref_range}). No action is needed. View the full report at
{portal_url}. Questions: {us_phone} or {doc_email}.
MRN {mrn}   Account {acct}   Your balance {money}
""",
        """Patient portal message audit (results release)
recipient: {pt_caps} | MRN {mrn} | DOB {dob_iso}
released: {res_iso} by {staff_first} {staff_last}
link: {portal_url}
opened: {res_us} from {ip} (device: iPhone)
proxy access: {rel_full} ({rel_role}), {pt_email}
""",
    ),
    "sb_consult_letter_ca": (
        """{hosp2} - Hand & Plastic Surgery Clinic
Tel {ca_phone}  Fax {ca_fax}
{visit_long}

Dr. {gp_full}
{ca_city}, {ca_prov}

Re: {pt_full}   DOB {dob_iso}   Health card {ohip}   Chart {mrn}
    {ca_street}, {ca_city} {ca_pc}

Thank you for referring this {age}-year-old with {eponym} and {tech_w}. QuickDASH {quickdash}.
Plan: needle aponeurotomy vs limited fasciectomy; wait approx. {wait_wk} weeks (OHIP fee code Z-codes).
Pre-op full-face clinical photograph taken ({photo}).
Sincerely, {doc_full}, MD FRCSC  (CPSO {cpso})
""",
        """Consultation - Ophthalmology   {visit_iso}
Patient: {pt_caps}  ({age})  Health No. {ohip}  DOB {dob_iso}
Referring MD: {gp_full}, fax {ca_fax}
VA cc OD {va_r} OS {va_l}; IOP {iop_r}/{iop_l}; dense NS cataract OU (H25.13).
Booked phaco/IOL OD at {hosp2} {proc_iso}; {iol_model} {iol_power}.
Driving: does not meet standard; licence plate {plate} noted for MTO report.
{doc_full}, MD FRCSC, CPSO {cpso}. cc {pt_email}
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """Visual field reliability guidance ({form_no})
Reliable if fixation losses <20%, false positives <15%. Example: FL {fl}, FP {fp}, FN {fn}.
MD {md} dB, PSD {psd} dB, VFI {vfi}%. Repeat within {months} months if GHT outside normal limits.
CPT {cpt1} ({cpt1_desc}); ICD {icd1} {icd1_desc}. {role} reviews all fields within 2 working days.
""",
    """IOL formula comparison (audit {year})
Model {iol_model}, A-constant {a_const}; AL {al} mm, K1 {k1} D, K2 {k2} D, ACD {acd} mm.
{formula} predicted {iol_power} for target {target}. Mean absolute error 0.31 D; 82% within 0.50 D.
Stock lot {lot} expires {exp_ym}. Reorder when fewer than 6 on consignment shelf.
""",
    """Intravitreal injection service - stock & protocol
Drugs: {drug_ivt}; lots in fridge {lot}, {lot2}, {lot3}. HCPCS J0178, J2778, J9035. NDC {ndc}.
Treat-and-extend by 2-week steps to a maximum of 16 weeks. Check IOP if > {iop_r} mmHg pre-injection.
VA chart: Snellen {va_r} = {va_mr} metric = logMAR {logmar_r}. Room: {room}.
""",
    """Audiology calibration log ({form_no})
Booth B ambient noise ok; audiometer calibrated {year}. Reference thresholds 250-8k Hz: {thr_r} dB HL (biological check).
Tympanometer 226 Hz probe, ECV cavity check {ecv} mL. Hearing aid stock: {ha_model} x 4 (lot {lot}).
""",
    """Cochlear implant candidacy criteria ({policy})
Adults with bilateral severe-profound SNHL (PTA >= 80 dB at 2k and 4k) and AzBio <= {wrs}.
Devices on formulary: {ci_model}; processors {processor}. Activation 2-4 weeks after surgery.
Typical T-levels {t_level} CL, C-levels {c_level} CL, rate {rate} pps, PW {pw} us.
""",
    """Mohs surgery - appropriate use summary
Tumour: {tumour} at {site}, size {lesion_size}. Stages average {mohs_stages}; blocks per stage {blocks}.
Codes 17311/17312; C44.311. Repair options: {repair}. Cost per case approx. {money}.
{role} marks the tissue map; histotech processes frozen sections in {duration}.
""",
    """Phototherapy protocol NB-UVB (skin type {skin_type})
Start {uvb_dose} mJ/cm2, increase 10-20% per session as tolerated; 3x weekly; cumulative cap {uvb_cum} J/cm2 review.
PASI {pasi} at baseline. Tubes Philips TL01, replaced {year}. Cabinet room {room}.
""",
    """Stone clinic metabolic work-up checklist
24 h urine: calcium {urine_ca} mmol/24h {ref_range}, volume {urine_vol} L, citrate, oxalate, urate.
CT KUB low dose. Stones > {stone} rarely pass; density {hu} HU favours ureteroscopy over ESWL.
Stent {stent}; remove by day {stent_days}. eGFR {egfr}. {eponym} is not relevant here.
""",
    """Vasectomy service information (v{hpo})
Local anaesthetic, no-scalpel technique (55250). Semen analysis at 12 weeks: {sperm}.
Fee {money}. Ages 25-{age_lo} typical. Provider group NPI {org_npi}; lab CLIA {clia}.
""",
    """Flexible cystoscopy list template - {room}
Slots {time}, {time2}. Scopes: KARL STORZ 11272 x3 (asset 4471-4473). Stents {stent}.
Decontamination per {policy}. {role} checks consent; {role2} records scope tracking labels.
""",
    """Joint injection formulary
{steroid}; lot {lot} exp {exp_ym}. Max 3 per joint per 12 months. J3301 / J7325. CPT 20610.
Outcome measures: KOOS {koos}, OKS {oks}, VAS {vas}. ROM {rom}. {eponym2}: consider ultrasound guidance.
""",
    """Arthroplasty implant catalogue extract
Cup {cup} REF {cat_no}; stem {stem} REF {cat_no2}. Cement batch {batch} (stock). BMI cut-off {bmi}.
Theatre {room}. Revenue code {rev_code}; DRG {drg}. Average implant cost {money}.
""",
    """Cast clinic protocol ({form_no})
{fracture}: {cast} for {weeks} weeks. Children aged {age_kid}: buckle fractures need no follow-up x-ray.
Cast saw safety check daily. {role} documents neurovascular status. Parking validation at desk {room2}.
""",
    """Return-to-play stages (concussion, {policy})
1 symptom-limited activity; 2 light aerobic; 3 sport-specific; 4 non-contact drills; 5 full contact; 6 return.
SCAT6 symptom score {scat_sx}/132. Minimum 24 h per stage. Ages {age_kid} and under: extend to 14 days rest.
""",
    """EEG laboratory standards ({form_no})
Montages: {montage}; 10-20 placement; impedances < 5 kOhm. Photic {photic}; HV 3 min.
Normal adult PDR 8.5-12 Hz (example {pdr}). CPT 95816. Eponym check: {eponym}.
""",
    """NCS reference values (adult)
Median DML < 4.4 ms (measured {dml}); CV > 49 m/s ({ncv}); SNAP > 20 uV ({smap}). CMAP {cmap} mV.
{eponym}; {eponym2}. Needle EMG CPT 95886. Room {room}.
""",
    """Botulinum toxin dosing reference
{toxin} ({toxin_generic}) {jcode}. SCM {u_scm_l} U, splenius {u_splen_l} U, trapezius {u_trap_l} U, levator {u_lev} U.
Maximum {u_total} U per session. Vials lot {lot}; wastage billed with JW modifier. NDC {ndc}.
""",
    """DBS programming standard settings
{dbs} ({dbs_model}): start {contacts} {amp} mA, {pw_us} us, {hz} Hz. UPDRS III target reduction 40%.
Battery replacement indicator 2.6 V. 95983. Patients aged {age_lo} on average at implantation in {year}.
""",
    """Epilepsy clinic - driving guidance summary ({policy})
One unprovoked seizure: 6 months off driving; epilepsy: 12 months seizure-free. HGV: 10 years off medication.
Common regimens: {aed}. Diary apps acceptable. {sz_count} seizures per month threshold for urgent review.
""",
    """Colonoscopy surveillance intervals ({policy})
{polyps}: repeat in {recall_yrs} years. BBPS >= {bbps} adequate. Capsule: {capsule}, SBTT {sbtt}.
Hb {hb} g/dL, ferritin {ferritin} ug/L trigger IDA pathway. CPT 91110; K63.5, D50.0.
""",
    """Skin prick test panel ({form_no})
Histamine {w_hist} mm, saline {w_sal} mm, D. pteronyssinus {w_dp} mm, cat {w_cat} mm, grass {w_grass} mm,
birch {w_birch} mm, peanut {w_peanut} mm, egg {w_egg} mm. Positive if >= 3 mm above saline. IgE {ige} kU/L.
""",
    """Sleep lab scoring rules (AASM v2.6)
AHI {ahi}/h; ODI {odi4}/h; nadir SpO2 {nadir}%; T90 {t90}. ESS {ess}. CPAP {cpap_p} cmH2O, P95 {p95}.
Compliance {usage} nights >= 4 h, mean {usage_h} h. Devices: ResMed AirSense 11, Philips DreamStation 2.
""",
    """Pain clinic procedure list template
{pain_proc}; {opioid}, {mme} MME. ODI {odi}; VAS {vas}. CPT 64493; ICD M54.50. Fee {money}.
{role} confirms anticoagulation hold per {policy}. Recovery room {room}.
""",
    """Hand surgery waiting list report ({year})
{eponym}: median wait {wait_wk} weeks; {tech_w}. Anaesthesia {anaes}. QuickDASH {quickdash}.
Category {cat_triage} patients waiting > {wait_wk2} weeks: 14. Splint L3908. Theatre {room}.
""",
    """Prior authorization checklist ({form_no})
Include CPT {cpt1}, ICD-10 {icd1}, HCPCS {hcpcs}, place of service {pos}, group NPI {org_npi}, TIN {tax_id}.
Payer {payer} turnaround 14 days. Copay {money2}. Revenue code {rev_code}. LOINC {loinc}; SNOMED {snomed}.
""",
    """Clinic utilisation - {org}
Rooms: {room}, {room2}. {role} and {role2} staffing 08:00-17:30. Sessions {sessions} per week.
Vitals station: {vitals}. Average age {age_lo}. Did-not-attend rate {pct}. Year {year2}.
""",
)
