"""Document styles for set 1: maternal, newborn and child health.

``TEMPLATES`` maps a note type to 2-4 templates; ``{key}`` is filled from ``values.identifiers`` (gold)
and ``values.lookalikes`` (not gold). ``NEGATIVE_TEMPLATES`` use look-alike keys only.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # ---------------------------------------------------------------- prenatal
    "s1_prenatal_flowsheet": (
        """PRENATAL FLOWSHEET                                   {org}
Patient: {mom_lf}        DOB: {mom_dob}      MRN: {mrn_mom}
{gp}   LMP {lmp}   EDD {edd} (by {ga} US)   Blood type: O neg
Insurance: Medicaid  ID# {medicaid}
Address: {street}, {city}, {state} {zip}   Ph {phone}
-----------------------------------------------------------------------
Date        GA     Wt(lb)  BP       Urine  FHR   FH   Prov
{pre1}  {ga2}   168     {bp}   neg    {fhr}   {fundal}   {doc_init}
{pre2}  {ga2}   171     {bp}   tr     {fhr}   {fundal}   {rn_init}
{pre3}  {ga2}   175     {bp}   1+     {fhr}   {fundal}   {doc_init}
-----------------------------------------------------------------------
Labs: {lab}; {lab2}. Dx {icd}, {icd2}. {dose2} started.
Plan: delivery at {fac}, peds = {doc2}. Consult fax to MFM {fax}.
""",
        """OB Visit - return prenatal   ({visit_us})
{mom} ({age_mom} yo {gp}) seen at {ga} by dates (LMP {lmp}). EDC {edd}.
Partner {dad_first} present. Lives in {hood}, {city}; works nights, cell {cell}.
BP {bp}, FHR {fhr} by doppler, fundal height {fundal} cm. {lab}.
{eponym} noted. {score}. Reviewed {policy} re: GBS.
A/P: {icd}. Continue {dose}. RTC 2 wk.  Next US at {fac2}.
Chart {mrn_mom} / acct {acct}
Faxed to {doc2}'s office, fax: {fax} -- {doc_lf}, CNM (lic {lic})
""",
        """prenatal intake (scanned)  pg 1 of {pages}
Narne: {mom_ocr}    D0B {mom_dob_us}
SSN {ssn}   Preferred name: {mom_nick}
Emergency contact: {gm} (mother) {phone2}
Plan: {plan}  Grp {group}
PMH: {eponym}. Prior births {year} (SVD), {year2} (C/S at {fac2}).
Pt's grandmother, {age_old} y/o, lives in the home and will help after delivery.
Lab: {lab}  |  {lab2}
Ref. MD {doc} NPI {npi}  fax {fax}
""",
    ),
    "s1_ob_ultrasound_report": (
        """OBSTETRIC ULTRASOUND REPORT
{fac_caps}  -  Maternal-Fetal Medicine
Name: {mom_caps}   MRN {mrn_mom}   DOB {mom_dob}   Acc# {accession}
Exam date: {visit_dt}   CPT {cpt}   Indication: {icd}
Referring: {doc_lf} (NPI {npi})   Sonographer: {rn_init}, RDMS
LMP {lmp}  EDD(LMP) {edd}   GA by US {ga}
EFW {efw} ({pct} %ile, Hadlock)   AFI {afi}   FHR {fhr} bpm
Placenta posterior, no previa. Cervix 3.4 cm.
Impression: single live IUP, growth appropriate. F/u at {ga_wk} wk.
Electronically signed {doc2}, MD  {dt2}
Images archived to PACS; report copied to {email_doc}
""",
        """US - 1st trimester dating  |  pt {mom}  |  {mrn_mom}
CRL {crl} = {ga}. EDD assigned {edd}. FHR {fhr}.
NT 1.4 mm; NIPT offered, pt to draw {d3_short} at {city2} lab.
Read by {doc} {dt1}; tech {rn2_first}.  Phone results to pt {cell}.
Claim {claim} / {cpt} x1 / {icd}
""",
    ),
    "s1_nipt_lab_report": (
        """CELL-FREE DNA PRENATAL SCREEN                 Report v{ver}
Patient: {mom_lf}            DOB {mom_dob}        Specimen ID: {accession}
Ordering clinician: {doc} ({fac})   NPI {npi}   Fax {fax}
Collected: {pre_dt}    Received: {pre3}    Reported: {pre3}
GA at draw {ga}   Fetal fraction {ff}%   Maternal weight 71 kg
Trisomy 21: LOW RISK   Trisomy 18: LOW RISK   Trisomy 13: LOW RISK
Sex chromosomes: consistent with XX (disclosure requested: yes)
Method: LOINC {loinc}; CPT {cpt}. Not diagnostic; see {policy}.
Family hx entered by GC: maternal great-grandmother alive at {age_old}, hx {eponym}.
Results portal: {url}   (login from {ip})
Genetic counselor: {rn}, MS, CGC
""",
        """NIPT result call note  {d3_short}
Called pt {mom_first} {mom_last} at {phone} re: cfDNA acc {accession}. Low risk x3, FF {ff}%.
Pt asked about {eponym}; explained PPV. Husband {dad} on speaker.
Copy to {doc_last} via fax {fax2}. Pt's account: {acct}. Medicaid {medicaid}.
{rn_first} (GC)
""",
    ),
    # ---------------------------------------------------------------- birth
    "s1_ld_birth_log": (
        """L&D BIRTH LOG  -  {fac}  -  unit book export
date_time,mother,mrn_mom,baby_mrn,sex,wt,apgar,GA,delivered_by,RN,footprint_id,fetal_mon_sn
{birth_dt},"{mom_lf}",{mrn_mom},{mrn_baby},F,{wt_g},{apgar1}/{apgar5},{ga},"{doc_lf}",{rn_first},{bio},{serial}
-- {room}; {induct} used for induction per {policy}; {dose}
""",
        """BIRTH REGISTER  page {pages}
| Time of birth      | Mother            | Infant MRN | Wt     | Apgars | Deliv.       | Footprints |
| {birth_dt} | {mom_caps} | {mrn_baby} | {wt_lb} | {apgar1},{apgar5} | {doc_init} | {bio} |
Mother from {city}, {county}. Ph {phone}. Pediatrician {doc2}.
Infant security tag {tag} applied in {room}, verified by {rn2_first}.
""",
    ),
    "s1_delivery_record": (
        """DELIVERY SUMMARY
Mother: {mom}   MRN {mrn_mom}   FIN {fin}   Age {age_mom}   {gp}
Admit {pre_dt}  LDR: {room}
Labor: spontaneous onset, AROM at {time}, {induct} augmentation ({dose}).
Delivery: {birth_dt}, NSVD, OA. Nuchal cord x1 reduced. {eponym} not needed.
Infant: {baby_caps}, {wt_g}, Apgars {apgar1}/{apgar5}, to mother-baby. Infant MRN {mrn_baby}.
EBL 350 mL. 2nd degree laceration repaired. {lab}.
Delivering provider: {doc}, CNM; assist {rn}.  Peds notified: {doc2}.
Father of baby {dad} present, cut cord. Grandmother {gm_first} at bedside.
Dx {icd}, {icd2}; {drg}; rev {rev}.
""",
        """Operative delivery note -- primary low transverse C-section
Pt: {mom_lf}  DOB {mom_dob}  MRN: {mrn_mom}   Date of surgery: {d1}
Surgeon {doc_lf}, asst {doc2}; anesthesia spinal by Dr. {doc2_last}.
Indication: arrest of dilation at {ga}, {icd}. {dose}.
Baby boy "{baby_first}" delivered {birth_dt}, {wt_lb}, Apgars {apgar1} and {apgar5}; NICU team ({role}) present.
Uterine closure 2 layers. QBL 820 mL. Counts correct x2 ({policy}).
Dispo: PACU then {room}. Pt lives {street}, {city} {zip}; partner {dad_first} ({cell}).
""",
    ),
    "s1_newborn_discharge_carseat": (
        """NEWBORN DISCHARGE CHECKLIST / CAR SEAT CHALLENGE
Infant: {baby_lf}   DOB {baby_dob}   MRN {mrn_baby}   Rm {bed}
Mother: {mom}   Going home to: {street} Apt {unit}, {city}, {state} {zip}
Car seat: infant-only, rear facing, installed in vehicle plate {plate} (checked by {rn_first})
Car seat challenge 90 min: SpO2 >= {spo2}%, no events.  TcB {bili} at 40 h.
Security tag #{tag} removed {dt2} - matched to mother band.
Footprint ID {bio} on file; newborn photo {photo} given to parents.
Hep B given ({vax}, lot {vax_lot}). Hearing: pass. CCHD screen pass.
Follow-up: {doc2} at {fac2} on {d1_short}. Ph {phone2}.
""",
        """D/C note - mother/baby
{baby_first} {baby_last} ({wt_kg} birth wt, now -6%) d/c'd w/ mom {mom_first} on {d1}.
Dad drives: {dad}, DL {dl_dad}; vehicle VIN {vin} recorded for car-seat inspection.
Infant abduction tag {tag} deactivated. Photo ID card: {photo}.
Peds f/u 48h w/ {doc} ({phone}). {lab}. {score}.
""",
    ),
    "s1_newborn_screen_card": (
        """NEWBORN SCREENING SPECIMEN CARD  {form}
Kit no. {nbs_kit}
BABY'S LAST NAME: {baby_last_caps}     FIRST: {baby_first}
Birth date/time: {birth_dt}   Collection: {dt2}   Wt {wt_g}   GA {ga_wk} wk
Feeding: breast / formula ({formula})   Transfused: N   NICU: N
Mother: {mom_caps}    Mom DOB {mom_dob_us}    Mother's ID {mrn_mom}
Mother's address {street}, {city_caps} {zip}   Phone {phone}
Hospital/submitter: {fac}   Submitter fax {fax}
Physician: {doc_lf}   NPI {npi}
Specimen collected by: {initials}
""",
        """NBS RESULT - {org}
Kit {nbs_kit} | Infant {baby_caps} | DOB {dob_compact} | MRN {mrn_baby}
All disorders in range except: TSH {tsh} (repeat advised). 17-OHP normal.
Call PCP {doc} at {phone} / fax {fax2}. Result also posted {url}.
Mother {mom} - {street}, {city}. Medicaid {medicaid}.
Reported {d1}. Repeat kit due by {d2_short}. CPT {cpt2}.
""",
    ),
    "s1_newborn_hearing_screen": (
        """Newborn Hearing Screen (AABR)
Baby {baby_lf}  MRN {mrn_baby}  DOB {baby_dob}
Test date {d1}  Screener unit S/N {serial}  Probe {serial2}
Result: R PASS  L REFER (rescreen).  {cpt}, {icd}
Screener: {rn_first} {initials}. Parent {mom} informed.
Outpatient rescreen: {fac2} on {d2_short}, Audiology ph {phone2}, fax {fax}.
EHDI report sent: {url}
""",
        """EHDI - REFER FOLLOW-UP LETTER
To the parents of {baby}:
Your baby did not pass the hearing screening in the left ear on {d1}.
Please call {fac} Audiology at {phone} to schedule a diagnostic ABR before {d2}.
Equipment used: Natus ALGO 5 serial {serial}. Program ref {policy}.
Child's PCP: {doc}. If you moved from {street}, {city} please tell us.
Contact: {rn}, EHDI coordinator, {email_doc}
""",
    ),
    # ---------------------------------------------------------------- NICU
    "s1_nicu_flowsheet": (
        """NICU FLOWSHEET  {room}   Day of life 6
{baby_caps}    MRN {mrn_baby}    DOB {birth_dt}    CGA {ga}
Time  T     HR   RR  SpO2  FiO2  Mode         Feeds
0800  {temp}  {hr}  {rr}  {spo2}   0.28  NIPPV      EBM {kcal} kcal {cc} mL/3h
1100  {temp}  {hr}  {rr}  {spo2}   0.25  NIPPV      EBM {kcal} kcal {cc} mL/3h
1400  {temp}  {hr}  {rr}  {spo2}   0.25  NIPPV      DBM {batch}
Vent S/N {serial}; isolette {warmer} asset {serial2}
Meds: {dose}. Labs {lab2}; {lab}.
RN {rn} / {rn2_first}.  Parents ({mom_first} and {dad_first}) visited, kangaroo care 1h.
Research: enrolled study {study}
""",
        """NICU nursing note {dt1}
Infant {baby_last} ({baby_first}), {ga} CGA, on {formula} 24 kcal fortifier. Apnea x2 self-resolved.
Mom {mom} called from home ({cell}) - lives in {city3}, 40 min away; asked about lodging.
{score}. Parents' email for updates: {email}.
Plan per {role}: {dose}. MRN {mrn_baby} | FIN {fin}
""",
    ),
    "s1_nicu_transfer_note": (
        """NEONATAL TRANSFER SUMMARY
From: {fac}   To: {fac2} Level IV NICU
Patient: {baby}, MRN {mrn_baby}, born {birth_dt} at {ga}
Mother: {mom_lf}, {age_mom} yo {gp}, MRN {mrn_mom}, Ph {phone}
Reason: {icd}; {icd2}. {lab2}, {lab}.
Transport: ground, team RN {rn} / RT; unit plate {plate}; transport isolette SN {serial}
Accepting: {doc} ({phone2}); referring {doc2}. Fax records to {fax}.
Departed {dt2}. Insurance: {plan}. Auth ref {pa_ref}.
""",
        """NICU d/c - transfer back to community hospital
{baby_lf} ({mrn_baby}) transferred {d2} to {fac2}, {city2}.
Course: {eponym} r/o, {dose}. Wt {wt_g}. ROP screen {d2_short}: stage 0.
Parents {mom} & {dad}; home {street}, {city}, {county}.
Receiving MD {doc_lf} NPI {npi2}; our attending {doc2}. Records fax {fax}.
""",
    ),
    # ---------------------------------------------------------------- vital records
    "s1_birth_cert_worksheet": (
        """MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE   {form}
1. Child's name (first, middle, last): {baby}
2. Date of birth: {baby_dob}   Time: {time}   Place: {fac}, {city}, {county}
3. Mother's current legal name: {mom}    Mother's surname before first marriage: {mom_last_caps}
4. Mother's DOB: {mom_dob}   Birthplace: {city3}
5. Mother's SSN: {ssn}     Father's SSN: {ssn_dad}
6. Residence: {street}, Unit {unit}, {city}, {state} {zip}
7. Father: {dad}   DOB {dad_dob}   Birthplace {city4}
8. Mother's thumbprint template ref (ID verification): {bio}
9. Request SSN for child: YES   State file no. (office use): {cert_no}
Certifier: {doc}, license {lic}   Clerk: {initials}
""",
        """VITAL RECORDS - BIRTH WORKSHEET (facility copy)
CHILD  {baby_caps}   SEX F   DOB {baby_dob_us}   PLURALITY 1   WT {wt_g}
MOTHER {mom_caps}   DOB {mom_dob_compact}   SSN {ssn}   MRN {mrn_mom}
FATHER {dad_caps}   SSN {ssn_dad}
ADDR   {street} / {city} / {county} / {zip}
Prenatal care began {pre1}; visits 11. Payer: Medicaid {medicaid}
Certificate # {cert_no}   Clerk biometric login {bio}
Attendant {doc_lf} NPI {npi}
""",
    ),
    "s1_paternity_acknowledgement": (
        """VOLUNTARY ACKNOWLEDGMENT OF PATERNITY   {form}
CHILD: {baby}    DOB {baby_dob}    Born at {fac}
MOTHER: {mom_lf}   DOB {mom_dob}   SSN {ssn}   Photo ID (DL) {dl}
  Address: {street}, {city} {zip}     Email {email}
FATHER: {dad_lf}   DOB {dad_dob}   SSN {ssn_dad}   DL {dl_dad}
  Address: {street2}, {city2}        Email {email2}
Witness/notary: {rn}, commission {lic}
Father's fingerprint (LiveScan): {bio}   ID photo on file: {photo}
E-filed {dt2} from {ip}. Office of Child Support ref {case_no}.
""",
        """AOP intake - hospital birth registrar
Mom {mom_first} {mom_last} and dad {dad} came to {room} {d1} to sign AOP for baby {baby_first}.
Dad's ID: DL {dl_dad}. Dad's SSN {ssn_dad}. Registrar {fp}.
Dad's address {street2}, {city2}. Phone {cell}. Photo capture {photo}.
Notary thumbprint log {bio}. Submitted electronically from {ip}; confirmation {case_no}.
""",
    ),
    # ---------------------------------------------------------------- feeding
    "s1_lactation_consult": (
        """LACTATION CONSULT                                   {org}
Mother: {mom} ({mom_nick})   MRN {mrn_mom}   Infant: {baby_first}, DOL 3, born {baby_dob}
IBCLC: {rn}, {lic}
Hx: {gp}, {eponym}. Infant wt {wt_g} (-7.8%). {score}.
Obs: shallow latch L breast; nipple trauma. Pump: {pump} rental S/N {serial}.
Plan: pump q3h, supplement EBM/DBM 10-15 mL ({batch}). F/u at {fac2} on {d1_short}.
Mom's cell {cell}; email {email}
""",
        """Telelactation visit {visit_dt} - video
Link {url} ; client IP {ip}
{mom_first} reports low supply at 6 wk; baby {baby_first} {wt_lb}, {pct} %ile.
Discussed {dose2} interaction, power pumping. {lab}.
Rental pump serial {serial} due back {d2}. WIC {wic}.
-- {rn}, IBCLC
""",
    ),
    "s1_donor_milk_label": (
        """PASTEURIZED DONOR HUMAN MILK - DISPENSE LABEL
Recipient: {baby_caps}   MRN {mrn_baby}   Bed {bed}
Pool/bottle: {batch}   Donor ID: {milk_donor}   Kcal {kcal}/oz
Thawed: {dt1}   Discard after: {dt2}
Verified by {rn_first} / {rn2_first}  ({policy})
Dispensed from {org}; {hcpcs} {money}
""",
        """EBM/DBM bottle log - {room}
| Bottle | Infant          | MRN        | Type | Donor       | Expires      | RN  |
| 14     | {baby_lf} | {mrn_baby} | DBM  | {milk_donor} | {d1}  | {initials} |
| 15     | {baby_lf} | {mrn_baby} | EBM  | mother      | {d2}  | {initials} |
Mother {mom}; milk expressed at home ({street}, {city}).
""",
    ),
    # ---------------------------------------------------------------- well child
    "s1_well_child_visit": (
        """WELL CHILD CHECK - {age_mo} month
{baby} | DOB {baby_dob} | MRN {mrn_baby} | Visit {visit}
Accompanied by mother {mom} and great-grandmother ({age_old}).
Wt {wt_child} ({pct} %ile)  Lt {len} ({pct2} %ile)  HC {hc} ({pct3} %ile)
Dev: {score}. Exam: {eponym} negative. {lab}.
Vaccines: {vax} lot {vax_lot} CVX {cvx}; {cpt}, {cpt2}.
A/P {icd}. RTC 3 mo with {doc}. Lives {hood}, {city}.
Insurance {plan}, grp {group}.
""",
        """WCC {age_peds}y   {visit_us}
Pt: {baby_first} "{baby_nick}" {baby_last}, MRN {mrn_baby}. Here w/ dad {dad_first} and GGM {gm} who is {age_old2} and the primary sitter.
Concerns: picky eater. BMI 85th %ile. {va}. {score}. {teeth}.
Counseling per {policy}. {dose}.
{doc_lf}  {dt1}
""",
    ),
    "s1_growth_chart_export": (
        """growth_export.csv  (source {ip}, app {ver})
patient_name,mrn,dob,visit_date,age_mo,wt_kg,len_cm,hc_cm,wt_pct,chart
"{baby_lf}",{mrn_baby},{baby_dob_iso},{d1_iso},{age_mo},{wt_kg},{len},{hc},{pct},WHO
"{baby_lf}",{mrn_baby},{baby_dob_iso},{d2_iso},{age_mo},{wt_kg},{len},{hc},{pct2},WHO
"{baby_lf}",{mrn_baby},{baby_dob_iso},{d3_iso},{age_mo},{wt_kg},{len},{hc},{pct3},WHO
# exported by {rn_init} for {fac}; share link {url}
""",
        """GROWTH CHART PRINTOUT  -  {fac_caps}
Name {baby_caps}   Chart # {mrn_baby}   Birth {baby_dob_us}   Sex M
Pt address on file {street}, {city} {zip}
Measurements  {d1_short}: {wt_kg}  {d2_short}: {wt_child}  {visit}: {wt_child}
Mid-parental ht from mother {mom} 163 cm and father {dad} 178 cm.
Printed from terminal {ip} by {rn_first}.  {icd}.
""",
    ),
    "s1_immunization_registry_record": (
        """IMMUNIZATION REGISTRY RECORD (IIS)   Patient ID {reg_id}
Name: {baby_lf}    DOB: {baby_dob}    Mother's maiden name: {gm_first} {mom_last}
Address: {street}, {city}, {county}, {zip}
Vaccine                          Date         Lot       Provider
{vax}     {d1}   {vax_lot}   {doc}
Hep B                            {baby_dob}   {vax_lot}   {fac}
Exemptions: none.  Registry URL {url}
Submitted by {fac2} from {ip}; CVX {cvx}; {ndc}
""",
        """MSH|^~\\&|EHR|CLINIC|IIS|STATE|{d1_compact}||VXU^V04|{ver}
PID|1||{mrn_baby}^^^MR~{reg_id}^^^SR||{baby_last_caps}^{baby_first}||{dob_compact}|F|||{street}^^{city}^{state}^{zip5}||{phone}
NK1|1|{mom_last_caps}^{mom_first}|MTH
RXA|0|1|{d1_compact}||{cvx}^vaccine^CVX|0.5|mL||00^new||||||{vax_lot}
# inbound from {ip}
""",
        """IIS FIXED-WIDTH EXTRACT   layout {ver}
REGID        LAST              FIRST        DOB       ZIP    CVX  LOT       ADMIN_DT
{reg_id}  {baby_last_caps}  {baby_first}  {dob_compact}  {zip5}  {cvx}  {vax_lot}  {d1_compact}
MOTHER {mom_caps}   MOM DOB {mom_dob_compact}   PHONE {phone}
PROVIDER {doc_lf}  NPI {npi}   SENT FROM {ip}
""",
    ),
    # ---------------------------------------------------------------- school & daycare
    "s1_daycare_health_form": (
        """CHILD CARE HEALTH & EMERGENCY INFORMATION   {form}
Child: {baby}   Nickname: {baby_nick}   DOB {baby_dob}
Center: {org} program, licence no. {facility_lic}
Parent/guardian 1: {mom}  cell {cell}  work {phone2}  {email}
Parent/guardian 2: {dad}  cell {phone}
Home address: {street}, {city} {zip}
Authorized pick-up: {gm} ({age_old}, great-grandmother - may NOT drive), {fp}, vehicle plate {plate}
Parent fingerprint for door entry: {bio}   Child photo: {photo}
Allergies: peanut (EpiPen Jr 0.15 mg). Physician: {doc} ({fax} fax)
Immunizations up to date per registry as of {d3}.
""",
        """Daycare incident + med authorization
{baby_first} {baby_last} (age {age_peds}) - {time3} bumped head on climber. Ice applied.
Parent notified: {mom_first} at {cell}. Pick-up by {dad_first} in car {plate}.
Med auth: {dose} by staff {fp_first}, signed {sig_date}.
Center license {facility_lic}. Entry log fingerprint {bio}.
""",
    ),
    "s1_school_health_form": (
        """SCHOOL ENTRANCE HEALTH CERTIFICATE   {form}
Student: {baby_lf}   Student ID {student}   Grade {grade}   DOB {baby_dob}
School: {school}   Teacher: {fp}
Parent: {mom}   Phone {phone}   Email {email}
Address {street} #{unit}, {city}, {state} {zip}
Exam {school_date}: {va}/{va2}, hearing pass, BMI {pct} %ile, {teeth}.
Dx: {icd}. Asthma action plan: {dose}.
Provider {doc}, NPI {npi}, fax {fax}.  Yearbook/ID photo: {photo}
Submitted online {school_date2} from {ip}
""",
        """Nurse's office log - {school_date}
{baby_first} {baby_last}, {grade} grade, ID {student}, c/o stomach ache. T {temp}. Called mom {mom_first} {cell}; picked up by aunt {fp} (plate {plate}).
504 mtg scheduled {school_date2} with {doc2}.
""",
    ),
    "s1_sports_physical": (
        """PREPARTICIPATION PHYSICAL EVALUATION  {form}
Name {baby}   Sex M   Age {age_peds}   DOB {baby_dob}   School {school}
Sport(s): football, wrestling   Student # {student}
Hx: {eponym} in paternal uncle (sudden death screen - negative). Insulin pump S/N {serial}, CGM tx {serial2}.
BP {bp}  HR {hr}  Vision {va}/{va2}  Ht/Wt 168 cm/{wt_child}
Cleared without restriction.  {cpt}  {icd}
Examiner: {doc_lf}, MD   NPI {npi}   Lic {lic}   Date {visit}
Parent/guardian: {dad}  {phone}   Clinic fax {fax}
Athlete photo: {photo}
""",
        """sports physical {visit_us} -- {baby_first} "{baby_nick}" {baby_last}, {age_peds} yo
Concussion hx x1 ({year}). Mom {mom} signed consent. Athletic trainer {fp}.
Pump serial {serial} (T1DM). {lab}. Cleared. {doc}. Fax to school {fax}.
""",
    ),
    # ---------------------------------------------------------------- social / protective
    "s1_child_life_note": (
        """CHILD LIFE SPECIALIST NOTE   {dt1}
Pt {baby_first} ({age_peds} yo), {room}, MRN {mrn_baby}.
Pre-op prep for {cpt} using medical play doll; sibling {sib} (age 5) included.
Great-grandpa {ggp}, age {age_old}, visiting from {city3}; family asked about lodging.
Coping: good. Comfort item: blue bunny. Pt calls mom "{mom_nick}".
Plan: accompany to OR 3 tomorrow. {role} aware. -- {rn}, CCLS
""",
        """Child life - legacy building (NICU)
Hand/footprint molds made for {baby} with parents {mom} and {dad} on {d2}.
Sibling {sib_full} drew pictures. Photos taken by {fp}, saved as {photo}.
Grandmother {gm} ({age_old2}) present by video. Referral to {org}.
""",
    ),
    "s1_child_protection_report": (
        """SUSPECTED CHILD ABUSE REPORT (SCAR)   {form}   Case # {case_no}
Child: {baby}  DOB {baby_dob}  MRN {mrn_baby}
Address: {street}, Apt {unit}, {city}, {county}, {zip}
Mother: {mom}  Ph {phone}   Mother's boyfriend: {fp} (DOB {dad_dob}), drives vehicle {plate}
Injuries: posterior rib fractures, bruising to ear. Skeletal survey {d1}. {icd2}.
Forensic photos (full face + body) stored: {photo}
Reporter: {doc} (mandated reporter), {fac}, {phone2}
Hotline intake worker {sw}, {dt1}. Law enforcement case {pa_ref}.
""",
        """CPS safety plan note - {sw_last}
Visited home ({street}, {hood}, {city}) {d2}. Present: {mom_first}, infant {baby_first}, GM {gm}.
Car seat in {dad_first}'s car (VIN {vin}) observed OK. Photo of child's face taken: {photo}.
Case {case_no}. Next visit {d3_short}. Supervisor {doc2}.
""",
    ),
    "s1_foster_care_summary": (
        """FOSTER CARE HEALTH SUMMARY (placement packet)
Child: {baby_lf}   DOB {baby_dob}   Medicaid {medicaid}   Case {case_no}
Removal {d2} from {city}; placed with {fp} (licensed foster parent, {street2}, {city2}).
Kinship option: great-grandmother {gm}, {age_old}, not approved (age/health).
Birth mother: {mom} (DOB {mom_dob}, SSN {ssn}). Birth father: {dad} - whereabouts unknown.
Caseworker {sw} {phone} fax {fax}. Transport vehicle plate {plate}.
Foster parent fingerprint clearance {bio}. Child photo for file {photo}.
Meds: {dose}. Dx: {icd2}, {icd}. PCP {doc}.
""",
        """Foster care 72-hr exam -- {visit}
{baby_first} ({age_peds} yo) brought by caseworker {sw}. Foster mom {fp_first}.
Health passport # {case_no}. Great-grandmother ({age_old2}) was prior caregiver.
Growth {pct} %ile, {lab}, {teeth}. Background check LiveScan {bio2} (foster parent).
Placement address {street2}, {city2} {zip}.
""",
    ),
    "s1_adoption_medical_summary": (
        """ADOPTION MEDICAL SUMMARY (non-identifying version NOT used - agency copy)
Child: {baby}   Birth name: {baby_first} {mom_last}   DOB {baby_dob}   Born {fac}
Birth mother: {mom_lf}, DOB {mom_dob}, SSN {ssn}; prenatal care at {fac2}.
Maternal family hx: great-grandmother living, age {age_old}; {eponym}.
Adoptive parents: {dad} and {fp}, {street2}, {city2}, {zip}
Agency case no. {case_no}; court decree {d3}. Amended cert # {cert_no}
Adoptive parent fingerprint clearance ID {bio2}. Referral photo {photo}.
Physician {doc}, NPI {npi}.
""",
        """Intl adoption clinic - post-arrival visit {visit}
{baby_first} (age {age_peds}), arrived {d2_short}. Prior name {baby_nick}.
Parents {dad_first} & {fp_first} {fp_last}; ph {phone}. Biometric enrollment (USCIS) {bio2}.
{lab}; {lab2}. TB IGRA pending. Plan: {vax}. Agency case {case_no}.
""",
    ),
    # ---------------------------------------------------------------- fertility
    "s1_ivf_lab_log": (
        """IVF LAB - EMBRYO CULTURE LOG   cycle {cycle}
Patient: {mom_lf}   DOB {mom_dob}   MRN {mrn_mom}   Partner: {dad_lf}
Palm-vein witness ID: pt {bio}   partner {bio2}
Retrieval {pre1}: 14 oocytes, 11 MII, ICSI. Sperm: partner (fresh)
Day | Embryo ID          | Grade  | Incubator SN | Tech
D3  | {embryo}  | 8c G1  | {serial}  | {initials}
D5  | {embryo2}  | 4AA    | {serial}  | {initials}
Vitrified {pre2}, straw color green. Embryologist {rn}. {policy}. CPT {cpt}.
LIMS session from {ip}
""",
        """FET planning note
{mom} ({age_ivf}) - thaw embryo {embryo} on {pre3}, transfer {pre3}. Lining 9.2 mm. {dose2}.
Witnessing: {rn_first} + {rn2_first}; pt identified by palm vein {bio}.
Billing acct {acct}, {cpt2}. Results portal {url}. Email {email}.
""",
    ),
    "s1_fertility_donor_record": (
        """DONOR GAMETE RECORD   (recipient chart)
Recipient: {mom}   MRN {mrn_mom}   Recipient DOB {mom_dob}
Donor ID: {donor}  (anonymous sperm donor, ID-release at 18)
Vials: 2 ICI, lot of straws from bank order {accession}
Donor profile: {url}   baby photo of donor: {photo}
Recipient partner: {fp}   Email {email}   Phone {phone}
IUI performed {pre1} by {doc}; {cpt}; {icd}
""",
        """egg donor cycle summary
Donor {donor} matched to recipient {mom_lf} ({mrn_mom}). Cycle {cycle}.
Donor stim started {pre1}; retrieval {pre2}; 18 oocytes. {lab}.
Agency coordinator {sw}, {email_doc}, fax {fax}. Recipient acct {acct}. Plan {plan}.
""",
    ),
    # ---------------------------------------------------------------- screening
    "s1_peds_dental_screen": (
        """SCHOOL-BASED DENTAL SEALANT PROGRAM - SCREENING
Child {baby_lf}   DOB {baby_dob}   Gr {grade}   ID {student}
Medicaid/CHIP {medicaid}   Parent {mom} {phone}
Findings: {teeth}. Fluoride varnish applied ({hcpcs}). {cpt}.
Referral to {fac2} dental, fax {fax}. Screener {rn} RDH lic {lic}.
""",
        """Pediatric dental - recall {visit}
{baby_first} {baby_last} "{baby_nick}", {age_peds} y. {teeth}. Silver diamine fluoride 38% x4 teeth.
Guardian {gm}. Next appt {d3_short}. Claim {claim}; {cpt}. Dr. {doc_last}.
""",
    ),
    "s1_vision_screen": (
        """PEDIATRIC VISION SCREEN (photoscreener)
Name {baby}   DOB {baby_dob}   MRN {mrn_baby}   Date {visit}
Device: Spot Vision Screener S/N {serial}
OD +1.25 -0.50 x 180   OS +3.00 -1.75 x 10  -> REFER (anisometropia)
{cpt}  {icd}. Referral to {doc2}, pediatric ophthalmology, {fac2}, fax {fax}.
Screener {rn_first}. Parent {dad} notified {phone}.
""",
        """Vision/hearing screening roster - {school} - {school_date}
Student              ID        VA R   VA L   Result
{baby_lf}  {student}  {va}   {va2}   refer
Letter mailed to {mom} at {street}, {city} {zip}. Nurse {rn}.
""",
    ),
    "s1_wic_referral": (
        """WIC MEDICAL REFERRAL / FORMULA REQUEST   {form}
Participant: {baby}   DOB {baby_dob}   WIC ID {wic}
Caregiver: {mom}   DOB {mom_dob}   SSN (optional) {ssn}
Address {street}, {city}, {county} {zip}   Phone {cell}
Household: 5 incl. great-grandmother ({age_old})
Formula: {formula}, 24 kcal, 6 months.  Dx {icd}  Hgb {hgb}
Health care provider {doc}  NPI {npi}  Phone {phone2}  Fax {fax}
Signature date {sig_date}
""",
        """WIC clinic note - {visit}
{mom_first} {mom_last} + infant {baby_first}. Prenatal cert via Medicaid {medicaid}. Hgb {hgb}; wt {wt_kg}.
Breastfeeding peer counselor {rn2} assigned; text {cell}. Email {email}.
Referred to {org} from {hood}. WIC ID {wic}.
""",
        """REFERENCIA MÉDICA PARA WIC   {form}
Nombre del participante: {baby}     Fecha de nac.: {baby_dob}
Madre/tutora: {mom_lf}   Tel. {cell}   Correo-e: {email}
Domicilio: {street}, {city}, {zip}   Condado: {county_bare}
Vive con la bisabuela ({age_old} años) y hermano {sib}.
Fórmula: {formula}; Dx {icd}; Hgb {hgb} g/dL
Médico: {doc}   NPI {npi}   Fax {fax}
No. de WIC {wic}     Fecha: {sig_date}
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """PRENATAL FLOWSHEET (de-identified teaching copy)
{gp}  GA {ga}  BP {bp}  FHR {fhr}  FH {fundal} cm
Labs: {lab}; {lab2}. Dx {icd}, {icd2}. Plan: {dose2}; recheck in 1 wk per {role}.
""",
    """Ultrasound protocol reminder: EFW {efw}, AFI {afi}, BPP per {policy}. Bill {cpt} with {icd}. Reports to {org}.""",
    """NIPT lab QC: fetal fraction threshold {ff}% (no-call below 4%). LOINC {loinc}. Method {ver}. Turnaround 5-7 days.""",
    """L&D unit census {time}: {room} active labor {ga}, {induct}; {dose}. Triage 2 r/o ROM. Charge RN reassigned {role}.""",
    """Delivery summary template (blank): Apgars {apgar1}/{apgar5}; wt {wt_g} ({wt_lb}); EBL ___ mL; {eponym}; {drg}; rev code {rev}.""",
    """Car seat challenge policy {policy}: infants < 37 wk or < 2500 g observed 90 min; SpO2 >= {spo2}%; HR > 80.""",
    """Newborn screening education: kit {form} collected at 24-48 h; repeat if < 24 h or transfused. {org}. TSH cutoff {tsh}. CPT {cpt2}.""",
    """Hearing screen QA {year}: refer rate 2.1%, AABR {cpt}, {icd}. Equipment calibration per {policy}.""",
    """NICU unit flowsheet totals {time2}: 22 infants, 6 on NIPPV, 3 in {warmer}. {dose}. {lab2}. Staffing 1:2 per {policy}.""",
    """Transfer center checklist: Level III/IV criteria, {icd}, {icd2}; transport team = {role} + RT; auth via {hcpcs}.""",
    """Birth certificate worksheet instructions {form}: do not abbreviate; plurality; {ver}. Questions to {org}.""",
    """Paternity acknowledgment FAQ: signing is voluntary; rescission within 60 days. Filing fee {money}. {org}.""",
    """Lactation class {time3}: {score}; positions (cradle, football); {pump}; milk storage 4 h room temp, 4 days fridge.""",
    """Donor milk inventory: {batch} {kcal} kcal/oz, pasteurized Holder method 62.5 C x 30 min; {hcpcs} {money}/oz.""",
    """Well-child schedule: {age_mo} mo visit {cpt}; {vax} (CVX {cvx}); {score}; {eponym} screen; {icd}.""",
    """Growth chart reference: WHO 0-2 y, CDC 2-20 y; BMI {pct} %ile = healthy weight; {icd}. Version {ver}.""",
    """Vaccine stock log: {vax} lot {vax_lot} NDC {ndc}, 10 doses received, fridge 4.1 C at {time2}. {policy}.""",
    """Child care health policy {policy}: exclude for T >= {temp} C with behavior change; EpiPen Jr 0.15 mg; {form}.""",
    """School nurse protocol {form}: vision {va}/{va2}, refer if 2-line difference; BMI {pct} %ile; {teeth}.""",
    """Preparticipation exam checklist: BP {bp}, HR {hr}, {eponym} screening questions; {cpt}; age {age_peds} yr.""",
    """Child life staff meeting {time3}: {age_peds} yo patients pre-op play; {role} coverage in {room}.""",
    """Mandated reporter training {year2}: {icd2}; sentinel injuries in infants < {age_mo} mo; call {org} within 24 h.""",
    """Foster care health standards: 72 h screen, 30 d comprehensive exam; {score}; {lab}; {icd2}; fee {money}.""",
    """IVF lab QC {time2}: incubator CO2 6.0%, O2 5%, pH 7.28; {policy}; ICSI fertilization rate 78%; {cpt}.""",
    """Donor gamete program FAQ: ID-release donors, 25-family limit; {cpt2}; {money} per vial; {org}.""",
    """Dental sealant program {year}: {teeth}; fluoride varnish {hcpcs}; {cpt}; age {age_peds}.""",
    """Photoscreener referral criteria (age {age_peds}): anisometropia > 1.5 D; {cpt}; {icd}; version {ver}.""",
    """WIC food package: infant formula {formula} up to 26 reconstituted oz/day; Hgb cutoff {hgb}; {org}.""",
)
