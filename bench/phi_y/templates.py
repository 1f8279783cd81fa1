"""Document styles for set Y: what patients, families and the public write and hand to a clinic.

``{key}`` placeholders are filled from ``values``: typed keys become gold spans, the rest is filler.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ---------------------------------------------------------------------------------------------
    "y_caregiver_diary_pages": (
        """DAD'S NOTEBOOK - kept by {r1_first} (daughter) - please read before you leave, aides!

{dd1}  {weekday}
Dad ({p_first}) slept badly, up at {t1} and {t2}. Gave {med1} at {t12a}. BP {bp}, pulse {hr}.
{rn_first} from {hospice_fac} came, says wound on heel is a stage 2. Called Dr. {dr_last} office
{ph_clinic} - they'll call back. He asked for {r2_first} again. He is {age90} and still sharp some days.

{dd2}
Better day! Ate half a sandwich. O2 at {o2}, sat {spo2}. Concentrator making clicking noise - serial on
the back is {dev_o2}, rental co. said they'd swap it. {friend_full} stopped by w/ soup.

{dd3}
Rough night. {sym1} + {sym2}. Gave {med2} at {t3} (PRN). Pain {pain}. New parking pass for my car
(plate {plate}) so I can park at the front of {facility}.
- {r1_first}  cell {ph_rel}
(agency clock-in for aides uses Dad's voiceprint, ref {bio_voice})""",
        """Caregiver log - {p_full} - {street}, {city}

Date       | Time   | What happened                                   | Who
{dd1} | {t1}  | AM meds: {med1}, {med3}                  | {r1_first}
{dd1} | {t2}  | Fell in bathroom, no injury, BP {bp}          | {r1_first} + neighbour {friend_first}
{dd2} | {t3}  | Home health visit, {rn_full} RN. Wt {wt}     | {r2_first}
{dd3} | {t4}  | {sym1} worse, called triage {ph_clinic}        | {r1_first}
{dd4} | {t12a} | Dr {dr_last} changed {med2_name} to {med2_dose} {med2_sig}  | {r1_first}

Notes: Mom says she wants to stay home. MRN on her card from {facility} is {mrn}.
The aide agency ({org1}) timeclock wants our fingerprint template ID {bio_fp} on the sheet, not sure why.
Our old address on file is wrong - we moved to {street2}, {unit} ({zip}).""",
        """Mum's diary (she dictates, I type) - {p_nick}

{dd1}: "Legs puffy again. {med1_name} not helping." Weight {wt}. {r1_first} drove me to see
Dr {dr_last} at {facility}; appointment card says next visit {d_sched}.
{dd2}: Couldn't find my glasses. Pain {pain}. Hospice nurse {rn_first} rang from {ph_clinic}.
{dd3}: {r3_first} (great-grandson) visited from {city3}. I am {age90w} years old and I still
beat him at rummy.
{dd4}: BP {bp}. HR {hr}. {sym1}. Took {med3} at {t12b}.
Typed by {r1_full}, {ph_rel}, {em_rel}""",
    ),
    # 2 ---------------------------------------------------------------------------------------------
    "y_shared_care_notebook_handoff": (
        """SHARED CARE NOTEBOOK - kept at bedside - {p_caps}
(for family, aides, hospice & respite volunteers - please sign each entry)

Emergency contacts:
  {r1_full} (son)      {ph_rel}
  {r2_full} (niece)    {ph_cell}
  Hospice 24h line     {ph_clinic}
Address for EMS: {street}, {unit}, {city} {state} {zip}  - gate code is in the lockbox
Hospice: {hospice_fac}   Chart #: {mrn}
DNR/POLST on fridge (signed {d2}).

--- {dd1} {t1} --- {r2_first}: gave {med1}, he ate yogurt. Pain {pain}. Bowels: none x2 days.
--- {dd1} {t3} --- aide {rn_first}: bed bath, skin ok except sacrum. Repositioned q2h.
--- {dd2} {t2} --- {r1_first}: Dr {dr_last} called, ok to increase {med2_name}. Chaplain coming {weekday}.""",
        """Notebook entries (copied for the care team by {r1_full})

Wk of {dd1}
 - Morning shift (me): vitals BP {bp} HR {hr} T {temp}, SpO2 {spo2} on {o2}
 - Afternoon: {friend_full} (church) sat with her so I could go to work
 - Evening: {r2_first} - she asked about {r3_first}'s wedding, we showed her the photo ({photo2})

Questions for the nurse:
 1. Is {med3} still needed? Pharmacy ({pharm_full}, {ph_work}) said Rx #{rx1} has no refills.
 2. Can hospice deliver the hospital bed to {street2} instead (my house, {city2})?
 3. Her Medicare no. {mbi} - the DME company asked twice.""",
    ),
    # 3 ---------------------------------------------------------------------------------------------
    "y_formal_grievance_letter": (
        """{r1_full}
{street}
{city}, {state} {zip}
{ph_rel} | {em_rel}

{d_long}

Patient Relations Department
{facility}
By fax to {fax1} and by mail

RE: Formal grievance - care of my mother, {p_fullmi}, DOB {dob}, MRN {mrn}
    Account no. {acct}

To whom it may concern,

I am writing to file a formal grievance under your {policy} regarding my mother's stay in
{room}, from {d2} through {d3}. On the night of {d3}, {role1} did not respond to the call light for
over 40 minutes; my mother, who is {age90} years old, was found on the floor by {role2}.
When I asked the nurse, {rn_full}, for her licence number she refused. I later looked it up on the board
website: licence {rn_lic}.

I am also disputing the bill for {money1} (rev code {rev}, CPT {cpt}). Our insurance member ID is
{hp_id} and the claim no. is {claim}.

Please reply in writing within the 7 days your policy promises.

Sincerely,
{r1_full}
cc: State Ombudsman, fax {fax2}""",
        """COMPLAINT / GRIEVANCE - submitted through web form
Submitted: {dt}     From IP: {ip1}
Name of person filing: {r1_lf}          Relationship: spouse
Patient name: {p_full}                  Date of birth: {dob}
Phone: {ph_rel}    Email: {em_rel}
Date of incident: {d1}    Location: Emergency Dept, {facility}

Describe what happened:
my husband was left in the hallway ({bed}) for 9 hours with {dx}. the triage nurse said
"everyone waits". he has {ep1}. nobody checked his sugar ({glu} on our meter). dr. {dr_last}
finally saw him at {t12a}. they also lost his hearing aid (serial {dev_ha}, cost {money1}).

What outcome do you want? reimbursement for hearing aid + apology + review of ER staffing.
Case number assigned: {case_no}""",
        """Dear Sir or Madam,

My name is {p_full} and I was a patient at {facility} on {d1}. I am writing to complain about the
valet parking service. When I got my car back (silver Honda CR-V, VIN {vin}, plate {plate})
the bumper was dented. The valet ticket is attached and the attendant said "{role3} will call you".
Nobody called.

I also want to say that your billing office sent my statement (acct {acct}) to an old
address, {street2}, {city2}. My correct address is {street}, {unit}, {city}, {zip}.

You can reach me at {ph_cell} or {em_pt}. My driver's licence is {dl} if you need to check it.

{p_full}
{d_long}""",
    ),
    # 4 ---------------------------------------------------------------------------------------------
    "y_compliment_card_staff": (
        """THANK YOU card - transcribed for the Employee Recognition board ({form_no})

To the nurses on {room} -
Especially {rn_first} and {rn_full} on nights! You took care of my mother {p_full} like she was your
own. She turned {age90} on the ward and you brought a cupcake. Dr {dr_last} too!!
God bless you all.

{r1_full}, {city}
{ph_rel}""",
        """Compliment received via "Share your story" form
Received {dt}  (IP {ip1})
Staff named: {rn_full}, RN; Dr. {dr_full}; {sw_full} (social work)
Unit: {room}, {facility}

"My grandmother {p_full} is {age90} and has {ep1}. {rn_first} sat with her at {t12a} when she was
scared and sang to her in Tagalog. Dr. {dr_last} explained the {dx} in words we understood.
Please give them a raise!!! We posted a review at {url_page} too."
Submitted by: {r1_full}   {em_rel}   {ph_rel}
Routing: Nurse Manager / Recognition committee - {policy}""",
        """Dear Dr. {dr_last} and everyone at {facility},

We wanted to thank you for the care you gave our father, {p_full}, during his last weeks.
He passed peacefully at home in {city} on {dod}, at {age90w}, with {r2_first} holding his hand.
Your nurse {rn_full} came out on a snowy {weekday} night and we will never forget it.

Enclosed is a donation of {money3} in his memory to {org1}.

With love and gratitude,
The {p_last} family - {r1_full}, {r2_full} and {r3_first}
{street}, {city}, {state} {zip}""",
    ),
    # 5 ---------------------------------------------------------------------------------------------
    "y_patient_advocate_contact_log": (
        """PATIENT ADVOCATE CONTACT LOG                          Advocate: {adv_full}
Case {adv_case}    Opened {d1}    Patient: {p_lf}   DOB {dob}   MRN {mrn}
Caller: {r1_full} (daughter/HCPOA)   Best #: {ph_rel}   Alt: {ph_home}   Fax: {fax1}

{dd1} {t1}  Call in. Daughter upset re: discharge to SNF without notice. Explained appeal rights
            ({form_no}). Pt is {age90}; lives alone at {street}, {city}.
{dd2} {t2}  Spoke w/ {role1} + Dr. {dr_last} (NPI {npi}). Discharge held pending QIO review.
{dd2} {t3}  Faxed Important Message notice to daughter at {fax1}.
{dd3} {t4}  Plan ID {hp_id} confirmed; SNF auth ref {pa_ref}. Daughter satisfied. Closed.
Check-in at advocate desk by palm-vein scanner: template {bio_palm}.
Parking validated for daughter's car, plate {plate}.""",
        """Advocacy office - intake sheet (handwritten, scanned)

Name of patient: {p_caps}          Room: {room}
Who is calling: {r1_full}  relation: wife   phone {ph_rel}
Address: {street_caps}  {city_caps} {zip}
Insurance: {org1}  member# {hp_id}  grp {group_no}   SSN {ssn}
Concern: says {role1} told her husband has {dx} and "nothing more to do"; wants 2nd opinion from
Dr. {dr2_full} at {facility}.
Action: called {role2}; family meeting set for {d_sched} at {t12a}.
Fax records to 2nd opinion office: {fax1}
Wife enrolled at visitor kiosk (palm scan ref {bio_palm})
Taken by: {adv_first}  (ext. on file)""",
    ),
    # 6 ---------------------------------------------------------------------------------------------
    "y_crowdfunding_campaign_page": (
        """Help {p_first} Beat Cancer!
{url_fund}
Organizer: {r1_full}  -  {city}, {state}
Beneficiary: {p_full}
Cover photo: {photo1}

On {d1}, our beautiful {p_nick} was diagnosed with {dx}. She's only {age_y} and has two kids,
{r3_first} and {r2_first}. She has had {n_small} rounds of chemo at {facility} and her out-of-pocket
bills are already {money2} (hospital account #{acct}).

We are also trying to buy a used wheelchair van - the dealer is holding one for us
(VIN {vin}).

UPDATE {d2}: Scan showed shrinkage!! {lab1}. THANK YOU all.
UPDATE {d3}: Meal train at {street}, drop-offs after {t12b} please.
Cards can be mailed to {street}, {unit}, {city} {zip}.""",
        """Fundraiser: "{p_caps} TRANSPLANT FUND"    raised {money2} of {money2}
Link: {url_fund}
Created {d1} by {r1_full} ({em_rel})

My brother {p_first} has been on dialysis 3x a week at {org2} since {year1}. He finally got
the call on {d_md} - a kidney! He is at {facility} now (don't call the floor, call me at {ph_rel}).
Post-transplant meds like {med1_name} cost {money1}/month even with insurance (policy {hp_id}).

Recent donations (shown on page):
  {friend_full} - {money3} - "Praying for you buddy"
  Anonymous - {money3}
  {pastor_full} and the folks at Grace Fellowship - {money3}
Page viewed from 203 countries. Suspicious donation reversed (from IP {ip2}). Flagged to transplant social worker {sw_full} by the family.""",
    ),
    # 7 ---------------------------------------------------------------------------------------------
    "y_prayer_chain_message": (
        """PRAYER CHAIN - URGENT
From: {em_rel}
Sent: {dt}
To: prayer-chain list

Dear prayer warriors, please lift up {p_full} (Sister {p_first}, {age90} yrs young!), who was
admitted to {facility} on {d1} with {dx}. Her son {r1_full} says she is in {room} and
visitors are limited to two. Cards can go to her home: {street}, {city} {zip}.
Pastor {pastor_last} will visit {weekday}. Her photo for the bulletin is attached ({photo1}).
Updates on her CaringPage: {url_fund}
In His name,
{r2_full}, prayer chain coordinator, {ph_cell}""",
        """Cadena de oración - hermanos, favor de orar por {p_full}
Nació el {dob_es}, tiene {age90} años. Está en {facility} desde el {d_es}.
Los médicos dicen que es {ep1}. Su hija {r1_full} pide oración y comidas.
Dirección de la familia: {street}, {city}, {zip}. Teléfono {ph_rel}.
Foto: {photo2}
- {pastor_full}, Iglesia comunidad hispana (sin cambios al horario: culto a las {t12a})""",
    ),
    # 8 ---------------------------------------------------------------------------------------------
    "y_forum_post_flagged_to_clinic": (
        """[Flagged by a member for clinic outreach - forwarded to {role1} per {policy}]
Forum: Living with {ep1} - thread "scared about tomorrow"
Thread URL: {url_page}
Posted by: {p_nick}   (member since {year1}; profile: {p_full}, {city})
Post time: {dt}   Poster IP (from moderator tools): {ip1}

ok so tomorrow ({d2}) i have the DBS consult w/ dr {dr_last} at {facility} and i'm freaking out.
my tremor is worse on the {med1_name}, and my husband {r1_first} says i stopped eating.
honestly some nights i think everyone would be better off. my neurologist's office # is
{ph_clinic} but they never pick up. i live alone-ish out on {street} if anyone is near.

Moderator note: wellness check requested; member email on file {em_pt}.""",
        """Support group post - screenshot transcribed by clinic nurse {rn_full}
Group: Caregivers of {dx} patients (private)
Author: {r1_full} · {d_md} at {t12b}
Profile pic: {photo2}

"Update on my wife {p_first}: the insulin pump (serial {dev_pump}) alarmed all night again.
Company says it's user error. We're at {street}, {city} - is anyone else seeing this?? Her endo
Dr. {dr_last} is out until {d_sched}. Her A1c came back {a1c}."
Comment from {friend_full}: "call the 24h line, {ph_clinic}, they helped us"
Logged to chart MRN {mrn} by {rn_first}; device complaint form {form_no} started.""",
    ),
    # 9 ---------------------------------------------------------------------------------------------
    "y_symptom_tracker_csv_export": (
        """# SymptomDiary export {ver}
# user: {p_full} <{em_pt}>  user_id={user_id}
# exported {dt} from {ip1}
# share with: Dr. {dr_last} ({facility})
date,time,symptom,severity_0_10,medication,dose,notes
{iso1},{t1},{sym1},7,{med1_name},{med1_dose},woke up at 3am
{iso1},{t3},{sym2},4,,,
{iso2},{t2},{sym1},8,{med2_name},{med2_dose},"ER? called nurse line {ph_clinic}"
{iso3},{t4},{sym3},3,,,"walked {steps2} steps"
{iso4},{t1},{sym1},5,{med1_name},{med1_dose},glucose {glu}
{iso5},{t2},{sym2},2,,,"good day - {r1_first}'s birthday"
# end of export""",
        """HEADACHE & SEIZURE TRACKER - monthly report
Patient: {p_lf}     DOB: {dob}     Neurologist: Dr. {dr_full}
Device paired: {brand1}, serial {dev_wear}

 Date        Seizures   Aura   Trigger        Rescue med
 {iso1}      {seiz}          Y      poor sleep     {med3}
 {iso2}      0          N      -              -
 {iso3}      {seiz}          Y      missed dose    {med3}
 {iso4}      {seiz}          N      {sym2}       -
Totals: {seiz} events / 30 days.  Compliance with {med1}: {pct}.
Sent to {em_pt} and clinic portal; reply to {ph_cell}. App lock: fingerprint template {bio_fp}.""",
    ),
    # 10 --------------------------------------------------------------------------------------------
    "y_wearable_app_share_summary": (
        """Health summary shared from {brand1} app
Name: {p_full}   Date of Birth: {dob}   Sex: F
Period: {iso1} - {iso6}
Shared by link: {url_page}  (expires 7 days)
Device: {brand1}  Serial {dev_wear}  Firmware {ver}
Companion phone sync IP: {ip1}

Resting HR avg {hr} bpm  |  HRV {hrv}  |  Sleep avg {sleep}  |  Steps/day {steps}
Irregular rhythm notifications: 3  ({iso2} {t1}, {iso3} {t2}, {iso5} {t4})
ECG recordings: "AFib" x2, "Sinus rhythm" x1
Emergency contact: {r1_full}  {ph_rel}
Note from patient: "Dr {dr_last}, is this why I'm so tired?"
""",
        """CGM DOWNLOAD - 14 days (printed by patient's mom for the school & endo)
Patient: {p_full}    DOB {dob_child}    Clinic MRN {mrn}
Sensor: {cgm}   Transmitter SN {dev_cgm}
Pump: {brand2}   SN {dev_pump}   Basal profile "School days"
Time in range 70-180: {pct}     GMI 7.4%    Avg glucose {glu} mg/dL
Lows <54: 2 ({iso2} {t2}; {iso4} {t3})
Parent: {r1_full}   cell {ph_rel}   email {em_rel}
Phone app voice unlock enrolled - voiceprint ref {bio_voice}""",
    ),
    # 11 --------------------------------------------------------------------------------------------
    "y_patient_letter_to_employer": (
        """{p_full}
{street}, {unit}
{city}, {state} {zip}

{d_long}

{boss_full}
Human Resources, {org2}
via email {em_work} and fax {fax1}

Re: Request for reasonable accommodation - Employee ID {emp_id}

Dear {boss_full},

As discussed, I was diagnosed with {dx} on {d2} and am under the care of Dr. {dr_full} at
{facility}. My doctor's note ({form_no}) is attached. I am asking for:
  - a stool at the register and a break every 2 hours to check my glucose
  - a parking spot near the door (my car: plate {plate})
  - exemption from the fingerprint time clock because of my skin condition ({ep1});
    HR can delete my template {bio_fp}
I expect to return to full duty by {d3}. Please call me at {ph_cell}.

Sincerely,
{p_full}""",
        """To: {em_work}
From: {em_pt}
Date: {dt}
Subject: absence {d1} - {d2} (doctor's note attached)

Hi {boss_last},
Just letting you know I was in {facility} from {d1} to {d2} ({sym1}, they said {ep2}). My discharge paper
says no lifting over 10 lb for {n_small} days. FMLA form {form_no} is being filled out by
Dr. {dr_last}'s office, they'll fax it to HR at {fax1}.
My employee # is {emp_id}. My wife {r1_first} can be reached at {ph_rel} if I'm not answering.
Thanks,
{p_first}""",
    ),
    # 12 --------------------------------------------------------------------------------------------
    "y_parent_letter_to_school_nurse": (
        """{d_long}

Dear Nurse {teacher_last} and the middle school health office staff,

My son {p_full} (grade 7, student ID {stu_id}, DOB {dob_child}) was diagnosed with type 1 diabetes this
summer. His endocrinologist is Dr. {dr_full} at {facility} ({ph_clinic}, fax {fax2}).

He wears a {cgm} (transmitter {dev_cgm}) and an insulin pump, serial {dev_pump}. If his
number is under 70 please give 15 g fast carbs and call me. Glucagon is in his backpack.
Please do NOT use the cafeteria finger-scan for him - we opted out (scan ID {bio_fp} should be deleted).

Mom: {r1_full}  {ph_rel}  {em_rel}
Dad: {r2_full}  {ph_cell}
Home: {street}, {city} {zip}

Thank you,
{r1_full}""",
        """School absence note

{d1}
To {teacher_full} (homeroom 214),
Please excuse {p_first} {p_last} from class {d2} through {d3}. She had surgery at
{facility} with Dr. {dr_last} ({ep1} related). She may need the elevator pass for 2 weeks.
Student #: {stu_id}
If questions, call {ph_rel} or email {em_rel}.
Signed, {r1_full} (parent)""",
    ),
    # 13 --------------------------------------------------------------------------------------------
    "y_advance_directive_worksheet_handfilled": (
        """MY WISHES WORKSHEET  ({form_no})           (scanned - handwriting transcribed by OCR)
Narne: {p_ocr}                 D0B: {dob}
Address: {street} {unit}
City/Town: {city}   County: {county}   Zip: {zip}
Phone: {ph_home}
Social Security # (optional): {ssn}

1. My health care agent is: {r1_full}    relationship: daughter    phone: {ph_rel}
   Alternate: {r2_full}    phone: {ph_cell}
2. If I am dying and can't speak I DO / DO NOT want: CPR ( ) no  tube feeding ( ) no  dialysis ( ) maybe
3. I have a pacemaker/ICD, serial {dev_pm}. Turn OFF the shock part at the end.
4. What matters most: being home in {hood}, my cat, mass on Sunday with Father {pastor_last}.
Signed: {p_full}   date: {d1}
Witness 1: {friend_full}     Witness 2: {sw_full}
Notary: {pastor_full}  Commission No. {notary}  expires {d4}
Please fax copy to my doctor {dr_full}: {fax1}""",
        """ADVANCE DIRECTIVE - PERSONAL VALUES PAGE (filled in by hand)
i, {p_caps}, born {dob_long}, am {age90} and of sound mind.
i live at {street}, {city}, {county}.
my doctor is DR {dr_last} at {facility}, chart {mrn}.
Medicare # {mbi}
i do not want to be kept alive on machines if i have {ep1} that is getting worse and i don't know my
family ({r1_first}, {r2_first}, {r3_first}).
my agent: {r1_full}, {street2}, {city2}  tel {ph_rel}
signed {d1}  witness: {friend_full}""",
    ),
    # 14 --------------------------------------------------------------------------------------------
    "y_home_medication_list_fridge": (
        """MY MEDICINES - {p_full} - DOB {dob} - keep on fridge for EMS
Allergies: penicillin (hives), sulfa
Pharmacy: {org1}, {pharm_full} pharmacist {ph_work}  Fax {fax1}
Insurance: member {hp_id}  group {group_no}

Medicine                   Dose            When                          Rx #        Doctor
{med1_name}         {med1_dose}    {med1_sig}       {rx1}     Dr {dr_last}
{med2_name}         {med2_dose}    {med2_sig}       {rx2}     Dr {dr_last}
{med3_name}         {med3_dose}    {med3_sig}       OTC
{med4_name}         {med4_dose}    {med4_sig}       -        Dr {dr2_last}

Insulin pump SN {dev_pump} / pacemaker card in wallet.
Updated {d1} by {r1_first}. Pharmacy refill line voice ID: {bio_voice}""",
        """meds as of {d1} (typed by patient, brought to visit)
- {med1} {med1_sig}   (bottle says Rx {rx1}, filled {d2}, prescriber DEA {dea})
- {med2} {med2_sig}
- {med3} {med3_sig} - stopped {d3} b/c {sym1}
- {med4}   "the little white one"
- {brand3} as needed
Supplements: turmeric, fish oil 1000 mg
my kidney doc Dr {dr2_last}, my heart doc Dr {dr_full} (NPI {npi})
questions: can I take {med5_name} with {med1_name}?? my BP at home {bp}, {bp2}
- {p_first} {p_last}, {ph_home}""",
    ),
    # 15 --------------------------------------------------------------------------------------------
    "y_relative_email_to_care_team": (
        """From: {r1_full} <{em_rel}>
To: care team inbox
Date: {dt}
Subject: My father {p_full} - MRN {mrn} - questions before discharge

Hello,
I'm {p_first}'s daughter and his health care proxy (copy on file since {d2}). I live in {city2}
and can't be there until {weekday}. A few questions:
1) His {lab1_name} was {lab1_val} yesterday - is that why he is confused?
2) The discharge planner mentioned {org2} - do they take his Medicaid ({medicaid})?
3) His hearing aids (left SN {dev_ha}) went home with my brother {r2_first} by mistake.
Best number: {ph_rel} (I'm 3 hours behind you). I'll drive up {weekday} - my plate is {plate}
if security needs it for the garage.
Thank you,
{r1_first}
--
Sent from my phone""",
        """De: {r1_full} <{em_rel}>
Enviado: {dt}
Asunto: mi mamá {p_full} (fecha de nacimiento {dob})

Buenos días doctora {dr_last},
Le escribo por mi mamá. Desde el {d_es} tiene mucho {sym1} y no quiere comer. Toma {med1} y
{med2}. La presión en casa {bp}. Vivimos en {street}, {city}.
¿Puede llamarme al {ph_rel}? Mi hermano {r2_full} también puede contestar ({ph_cell}).
Gracias,
{r1_first}""",
    ),
    # 16 --------------------------------------------------------------------------------------------
    "y_family_text_thread_screenshot": (
        """[Screenshot - family group chat "{p_nick} updates" - shared with hospice social worker {sw_full}]

{r1_first} ({ph_rel})  {d_md} {t12a}
  Mom's O2 is {spo2}, nurse {rn_first} coming at 2
{r2_first}  {t12b}
  I'm in the lot, grey Subaru {plate}, which door??
{r1_first}
  side door by {room}. bring her rosary + the photo of dad ({photo1})
{r3_first}  {t12c}
  flight lands {d_sched}, can someone get me? staying at {street}
{r1_first}
  hospice # is {ph_clinic}. her chart # {mrn} if they ask""",
        """SMS export (patient's phone, for fall-risk review)
{dd1} {t1} FROM {ph_rel}: Grandpa did u take the {med1_name}??
{dd1} {t2} TO {ph_rel}: yes. and the water pill
{dd2} {t3} FROM {ph_cell}: Hi {p_first}, this is {rn_first} with {org1}, visit moved to {d_sched} {t12a}
{dt} FROM {ph_rel}: {r1_first} here. I called 911, they're taking you to {facility}
Phone owner: {p_full}, age {age90}, {street}, {city}""",
    ),
    # 17 --------------------------------------------------------------------------------------------
    "y_obituary_draft_for_hospice_review": (
        """DRAFT - for {hospice_fac} bereavement team to check before it goes to the paper

{p_fullmi}, {age90}, of {city}, passed away peacefully on {dod} at home, surrounded by family,
after a long journey with {ep1}. {p_nick} was born {dob_long} in {city3} to
{r2_full} and the late {friend_full}. She graduated in {year1} and taught third grade in
{county} for {yrs} years.

She is survived by her children {r1_full} (and spouse {r2_first}) of {city2}, and her beloved
grandson {r3_first}. Visitation will be {d_sched} from {t12a} at {funeral_home},
{street}. In lieu of flowers, donations to {org1} or via {url_page}.
Photo to run: {photo1}
Family contact for the paper: {r1_full}, {ph_rel}""",
        """Obituary - (son's notes, please fix grammar)
{p_caps}
{dob_long} - {dod}
Dad ({p_first}) lived to {age90w}! He drove a milk truck in {city}, served in Korea, and grew
tomatoes on {street} for 50 years. Married {r2_full} for 67 years. Survived by {r1_full}
({city2}), {r3_first}. Services at {funeral_home}. Thank you to nurse {rn_full} and
Dr. {dr_last} of {hospice_fac}.
headshot file: {photo2}
send proofs to {em_rel}""",
    ),
    # 18 --------------------------------------------------------------------------------------------
    "y_memorial_program_draft": (
        """CELEBRATION OF LIFE
{p_full}
{dob_long}  ~  {dod}
{funeral_home}  ·  {d_sched}  ·  {t12a}

Order of service
  Welcome .............................. Rev. {pastor_full}
  Scripture (Psalm 23) ................. {r3_first}
  Eulogy ............................... {r1_full}
  Slideshow ............................ (cover image {photo1})
  Hymn 412 "Amazing Grace"
Repast to follow at the family home, {street}, {city}.
The family thanks the staff of {hospice_fac} for their loving care.
Livestream: {url_page}""",
        """memorial slideshow - file list (sent by family to hospice volunteer)
01 baby picture - born {dob_long}, {city3}
02 wedding to {r2_full}
03 {photo1} - close-up portrait for the easel
04 last birthday, age {age90} - at {facility}
05 with nurse {rn_first} (ok'd by her)
Please return USB to {r1_full}, {street}, {unit}, {city} {zip}. Text {ph_rel}""",
    ),
    # 19 --------------------------------------------------------------------------------------------
    "y_patient_written_history_first_visit": (
        """MY HEALTH HISTORY (written by me for my first visit with Dr. {dr_last})
Name: {p_fullmi}   Born: {dob}   Lives: {street}, {city}, {state} {zip}
Phone {ph_cell} / email {em_pt}
Insurance {org1}, ID {hp_id}, Group {group_no}. SSN {ssn} (the form asked)

- {year1}: told I had {ep1} by a doctor in {city3} (Dr. {dr2_full})
- {d2}: heart attack, stent at {facility}. Cardiologist gave me a card: device UDI {udi}
- {year2}: {dx2}
- Surgeries: gallbladder ({year1}), knee
- Family: mother had {ep2}, died at {age_y}; father lived to {age90}
- I smoke 1/2 ppd, trying to quit. Drink on weekends.
- Old records: previous clinic chart # {mrn2}
Meds: {med1}, {med2}, {med3}""",
        """Dear new doctor,
I'm {p_full}. I am {age_y} and moved here from {city3} on {d1}. Before that I was seen at
{facility} (MRN {mrn}). I have {dx} and {ep1}. My last {lab1_name} was {lab1_val}.
My old neurologist was Dr. {dr2_full}, phone {ph_clinic}, fax {fax2}.
I have a {brand1} (serial {dev_wear}) that tracks my heart rate - happy to share data.
Driver's license {dl} ({state}) - I was told to bring photo ID.
Emergency contact: {r1_full} {ph_rel}. Social: {ssn}
New address: {street}, {unit}, {city}, {zip}""",
    ),
    # 20 --------------------------------------------------------------------------------------------
    "y_home_bp_glucose_logbook": (
        """BLOOD PRESSURE / SUGAR LOG  -  {p_caps}  -  bring to every visit!
Doctor: Dr {dr_last}     Clinic phone: {ph_clinic}
Monitor: {bpm}  serial {dev_wear}

 DATE     AM BP     PM BP     FASTING SUGAR   BEDTIME SUGAR   NOTES
 {dd1}    {bp}    {bp2}    {glu}            {glu2}          \x20
 {dd2}    {bp2}    {bp}    {glu2}            {glu3}           dizzy
 {dd3}    {bp}    -         {glu3}            {glu}           forgot {med1_name}
 {dd4}    {bp2}    {bp}    {glu}            -               at {r1_first}'s in {city2}
 {dd5}    {bp}    {bp2}    {glu2}            {glu3}          \x20
My weight {wt}. Next appt {d_sched}.""",
        """Glucose log (photo of paper log, typed by MA)
Pt: {p_lf}  DOB {dob}  MRN {mrn}
{dd1} B {glu} L {glu2} D {glu3} HS {glu}  - "{med1_name} {med1_dose}"
{dd2} B {glu2} L - D {glu} HS {glu3}
{dd3} B {glu3} L {glu} D {glu2} HS -   "sick, {sym1}"
{dd4} B {glu} L {glu3} D - HS {glu2}
Meter: {meter}, meter SN {dev_cgm}.  Pt's daughter {r1_full} does the evening checks ({ph_rel}).""",
    ),
    # 21 --------------------------------------------------------------------------------------------
    "y_pain_diary_scanned_ocr": (
        """PA1N D1ARY   (scanned {dt})
narne: {p_ocr}    dr: {dr_last}
{dd1}   pain {pain}  where: low back + L leg   took: {med1}  @ {t1}   helped? a bit
{dd2}   pain {pain2}  couldnt sleep. {sym1}.     took: {med2}  @ {t2}
{dd3}   pain {pain}  went to ER at {facility} - they gave toradol
{dd4}   pain {pain2}  PT with {rn_first} ({role3}) - hurt after
 phone {ph_home}    chart# {mrn}""",
        """WEEKLY PAIN + MOOD JOURNAL (patient: {p_full}, DOB {dob})
Week starting {dd1}
 Mon pain {pain} mood 4  sleep {sleep}
 Tue pain {pain2} mood 3  "{r1_first} took me to {city2}"
 Wed pain {pain} mood 6  PHQ-9 today {phq}
 Thu pain {pain2} mood 5
Pump refill at {facility} on {dd3} (intrathecal pump SN {dev_pump}).
Questions for Dr {dr_last}: is the {med3_name} making me {sym2}?""",
    ),
    # 22 --------------------------------------------------------------------------------------------
    "y_patient_records_request_letter": (
        """{p_full}
{street}
{unit}
{city}, {state} {zip}
Tel. {ph_home}

{d_long}

Health Information Management / Release of Information
{facility}
Fax: {fax1}

Request for copies of my medical records

I, {p_full}, date of birth {dob}, request a complete copy of my records (all dates of service
{d2} to {d3}), including imaging, under my HIPAA right of access. MRN (if known): {mrn}.
Please send them electronically to {em_pt}. Last four is not enough for your form, so my SSN is {ssn}.
A copy of my driver's license (no. {dl}) is enclosed. I also ask that you delete the
voiceprint your phone line made of me (enrolment ref {bio_voice}); I never agreed to it.

Signed,
{p_full}""",
        """AUTHORIZATION (patient-written, not on your form)
I, {p_caps}, SSN {ssn}, born {dob}, authorize {facility} to send my records from
{d2} to my new doctor, Dr. {dr_full}, {street2}, {city2}, fax {fax2}.
Also my billing statements for account {acct} and claim {claim} to my lawyer (car crash,
my vehicle VIN {vin}, plate {plate}).
Patient signature: {p_full}   Date: {d1}
Witness: {r1_full}   phone {ph_rel}""",
    ),
    # 23 --------------------------------------------------------------------------------------------
    "y_comment_card_allcaps_transcript": (
        """PATIENT COMMENT CARD #{n_small}{n_small2}  (TRANSCRIBED AS WRITTEN)
UNIT: {room}       DATE OF STAY: {d1}
NAME (OPTIONAL): {p_caps}
PHONE (IF YOU WANT A CALL BACK): {ph_home}
COMMENTS: THE FOOD WAS COLD EVERY DAY. NURSE {rn_first} WAS AN ANGEL. {role1} NEVER CAME.
MY WIFE {r1_first} COULD NOT FIND PARKING, GOT A TICKET ON HER CAR {plate}.
I WAS IN FROM {d2} TO {d3} FOR {dx}. DR {dr_last} AND {role2} WERE GOOD.
ADDRESS IF YOU WANT TO WRITE BACK: {street_caps}, {city_caps} {zip}
WOULD YOU RECOMMEND US? 3/5""",
        """COMMENT CARD - FAMILY LOUNGE, {facility}
NAME: {p_capslf}   ROOM {room}   DATE: {d1}
MY MOTHER IS {age90} AND NO ONE CALLED ME WHEN SHE WAS MOVED. I AM {r1_full} AND MY NUMBER
{ph_rel} IS ON THE FACE SHEET!! ALSO THANK YOU TO DR {dr_last}.
EMAIL ME: {em_rel}  OR CALL MY SISTER {r2_full} {ph_cell}
WE LIVE IN {city_caps}, NOT FAR.""",
    ),
    # 24 --------------------------------------------------------------------------------------------
    "y_seizure_diary_parent_kept": (
        """SEIZURE DIARY - {p_full} (age {age_y2}) - kept by Mom
Neuro: Dr {dr_full}, {facility}, fax {fax1}
Rescue: {med3} per plan.  VNS serial {dev_pm}

{dd1} {t1}  - staring + lip smacking, 40 sec, at school (nurse {teacher_last} called me {ph_rel})
{dd2} {t2}  - GTC 2 min, gave rescue med, {sym1} after. Slept 3 h.
{dd3} {t3}  - none; started {med1_name} {med1_dose}
{dd4} {t4}  - cluster x{seiz} at grandma's ({street2}, {city2})
Video of the {dd2} event on my phone (not his face): available if needed.
{r1_full}  /  {em_rel}""",
        """Epilepsy app export ({brand1} companion, {ver})
Profile: {p_full}  DOB {dob_child}  MRN {mrn}
Caregiver account: {r1_full} ({em_rel}); login from {ip1}
event_id,date,time,type,duration_s,trigger
1,{iso1},{t1},focal,45,sleep loss
2,{iso2},{t2},tonic-clonic,120,missed dose
3,{iso4},{t3},focal,30,
summary: {seiz} events, seizure-free days {n_small}""",
    ),
    # 25 --------------------------------------------------------------------------------------------
    "y_wallet_emergency_info_card": (
        """IN CASE OF EMERGENCY - please read
{p_caps}   DOB {dob}
I have {ep1} and {dx}. I may look drunk - I am NOT.
Meds: {med1}, {med2}
Implanted: pacemaker SN {dev_pm}
Call: {r1_full} {ph_rel} / {r2_full} {ph_cell}
Doctor: Dr. {dr_last}, {facility}, {ph_clinic}
Home: {street}, {city}
Ins ID {hp_id}   Medicaid {medicaid}""",
        """EMERGENCY MEDICAL INFO (fold in wallet) - made by {r1_first}
Name: {p_full} ("{p_nick}")      Age: {age90}
Lives w/ daughter at {street}, {unit}, {city} {zip}
DNR - YES, form in kitchen drawer (signed {d2})
Hearing aid R: SN {dev_ha}
Hospice: {hospice_fac} {ph_clinic}
Medicare {mbi}""",
    ),
    # 26 --------------------------------------------------------------------------------------------
    "y_caregiver_respite_request_letter": (
        """To the {county} Area Agency on Aging, respite program
From: {r1_full}, {street}, {city} {zip}, phone {ph_rel}
Date: {d_long}

I am the full-time caregiver for my husband, {p_full} (DOB {dob}), who has {ep1} and
{dx}. His Medicaid number is {medicaid} and his Social Security no. is {ssn}. I have not had a night off since {d2}.
Our daughter {r2_full} in {city2} helps when she can. His doctor, Dr. {dr_full}
(NPI {npi}), supports respite - letter attached ({form_no}).
Please fax the application to {fax1} (our neighbour's fax) or email {em_rel}.
Thank you, {r1_first}""",
        """respite volunteer request - online form
submitted {dt} from {ip2}
caregiver: {r1_full}   email {em_rel}   phone {ph_rel}
care recipient: {p_full}, age {age90}, {dx}
address: {street}, {unit}, {city} {zip}   ({hood} neighbourhood, near {org1})
preferred days: {weekday}, {weekday2} {t12a}-{t12b}
caregiver's own doctor note: Dr {dr2_last} says my BP is {bp} from stress""",
    ),
    # 27 --------------------------------------------------------------------------------------------
    "y_billing_complaint_email_from_patient": (
        """From: {p_full} <{em_pt}>
Sent: {dt}
To: billing office
Subject: WRONG BILL - acct {acct}, claim {claim}

I was charged {money1} for a visit on {d1} that my insurance (member ID {hp_id}, group
{group_no}) already paid. The EOB says CPT {cpt} and {cpt2}, rev code {rev}, and "patient
responsibility {money3}". I was also billed under someone else's Medicare number {mbi}??
That is not mine. My DOB is {dob} and my address is {street}, {city}, {zip}.
Also a {money3} garage charge for plate {plate} - your sign says patients park free.
Call me at {ph_cell} (after {t12b}) or fax the corrected bill to {fax1}.
{p_full}""",
        """Complaint (phone call, written up by patient herself and emailed)
Me: {p_full}   DOB {dob}   Acct # {acct}   SS# {ssn}
{d1} - called billing at {ph_clinic}, on hold {n_small} minutes.
Rep ("{rn_first}") said claim {claim} was denied for "no prior auth" - but Dr. {dr_last}'s office
gave me auth # {pa_ref}.
{d2} - got collections letter for {money2}.
I want this fixed. {street}, {unit}, {city}. {em_pt}""",
    ),
    # 28 --------------------------------------------------------------------------------------------
    "y_hospice_guestbook_and_condolence": (
        """Online guestbook - {url_page}
In memory of {p_full} ({dob_long} - {dod})

{friend_full} · {d_md}
  I worked with {p_nick} at {org2} for {yrs} years. Rest easy, friend.
{r3_first} ({city3}) · {d_md}
  Grandma, I'll miss your pierogi. Love you.
{pastor_full}
  Our prayers are with {r1_full} and the family.
Posted from IP {ip1} (flagged by moderator: comment about nurse {rn_first} by name)""",
        """Condolence card received by hospice (copied for bereavement file)
Dear {r1_first},
We were so sorry to hear about {p_first}. She was {age90} and still the life of every party
at {facility}. We'll be at the service at {funeral_home} on {d_sched}.
Love, {friend_full} & {r2_full}
{street2}, {city2}
Bereavement follow-up: call {r1_full} at {ph_rel} on {d4}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """Anonymous feedback card - {room}
The night nurses were kind. {role1} explained the {med1_name} change. Food was cold at {t1}.
Would recommend: 4/5. Survey {form_no}, {ver}.""",
    """Caregiver tip sheet (handout written by a family member for the support group, {year1})
- Keep a list: {med1} {med1_sig}; {med2} {med2_sig}.
- Check BP daily (target under 130/80). Ours runs {bp}.
- Call {role1} if weight up 3 lb in a day or 5 lb in a week ({wt} is a good baseline).
- {ep1} gets worse in the evening ("sundowning"). Lights on by {t12a}.""",
    """SymptomDiary export {ver}
date_offset,time,symptom,severity,notes
day 1,{t1},{sym1},7,
day 2,{t2},{sym2},4,took {med1_name} {med1_dose}
day 3,{t3},{sym1},5,glucose {glu}
day 4,{t4},{sym3},2,steps {steps}
(identifiers removed by user before sharing)""",
    """Forum post (public, no username shown): "Anyone else on {med2_name} for {ep1}? My {lab1_name} went
to {lab1_val}. Neuro says it's normal for {age_y}. Using {brand1} to track sleep, avg {sleep}."
Moderator: no crisis language, no action.""",
    """Wearable weekly summary: resting HR {hr}, HRV {hrv}, steps/day {steps}, sleep {sleep}, SpO2 {spo2}.
Irregular rhythm alerts: 0. Device: {brand1}, firmware {ver}. Reminders at {t1} and {t2}.""",
    """Medicine list template (blank copy kept at nurses' station)
Medicine | Dose | When | Why
{med1_name} | {med1_dose} | {med1_sig} | sugar
{med2_name} | {med2_dose} | {med2_sig} | heart
{med3_name} | {med3_dose} | {med3_sig} |
Bring all bottles to visit. NDC on bottle e.g. {ndc}. Pharmacy: {org1}.""",
    """Support group meeting notes ({weekday}, {t12a}) - {n_small} caregivers attended.
Topics: {ep1}, hospital beds ({hcpcs}), Medicare hospice benefit, respite hours.
Speaker: {role1} from {org1}. Next meeting same time. Coffee fund {money3}.""",
    """Grievance policy summary for families ({policy}, {form_no})
You may file a complaint by phone, mail or online. We respond within 7 days, final letter within 30.
Escalation: {role1}, then Quality. Billing disputes over {money2} go to {org2}.""",
    """Compliment log summary, Q3: {n_small} compliments for nursing, {n_small2} for {role2}.
Top themes: kindness, pain control ({pct} of comments), explanation of {dx}. Survey {ver}.""",
    """BP log (no name on sheet)
 AM {bp}  PM {bp2}  pulse {hr}
 AM {bp2} PM {bp}  pulse {hr2}
 fasting sugar {glu}, {glu2}, {glu3}
 took {med1} at {t12a} every day except {weekday}.""",
    """Crowdfunding platform help text: Medical campaigns may not include diagnosis codes (e.g. {icd1}) or
account numbers. Average medical campaign raises {money2}; fee {pct}. Payouts within 2-5 business days.""",
    """Prayer request card (name withheld at family's request): "Please pray for my mother, {age_y3}, who has
{ep2}. Surgery {weekday} at {t12a}. Also for {role2} who has been so patient." Read aloud at {t12b} service.""",
    """Pain diary (page 2, no identifiers)
 pain {pain} at {t1} - took {med1}
 pain {pain2} at {t2} - {sym1}
 PT exercises {n_small} reps x 3 sets. PHQ-9 {phq}, GAD-7 {gad}.
 Ask {role1} about {med2_name}.""",
    """Letter template - work note (generic, from patient portal library)
Please excuse this employee from work for {n_small} days for a medical condition. Restrictions: no lifting
over 10 lb, sit/stand as needed. ICD {icd1}. Form {form_no}. Questions to {role1}.""",
    """School health plan template ({form_no}): If blood glucose below 70: give 15 g carbs, recheck in 15 min.
If above 300 with ketones, call parent. Glucagon 1 mg IM. Pump: {brand2}. CGM: {cgm}. Grade {n_small2}.""",
    """Advance directive teaching sheet: A health care agent must be over 18. Two witnesses, not your doctor.
Common choices: CPR, ventilator, tube feeding, dialysis ({cpt} for the planning visit, {cpt2} add-on).
Hospice eligibility: PPS {pps}, prognosis 6 months. Version {ver}.""",
    """Obituary writing guide (hospice bereavement handout): Include age (e.g. "{age_y3}"), years of service,
hobbies, survivors by relationship ("her three children"), service time ({t12a}), and a charity such as
{org1}. Photos: high resolution, face centered. Average paid notice costs {money1}.""",
    """Memorial program template - Order of service
 Prelude .......... pianist
 Welcome .......... {role3}
 Eulogy ........... family member
 Hymn 412, Psalm 23, Hymn 88
 Reception to follow in the fellowship hall. Parking lot B, overflow lot {n_small2}.""",
    """Patient-written history (names blacked out by patient):
 Age {age_y}. {dx}. Mother had {ep1}, father {ep2}. Smoked from {year1} to {year2}.
 Surgeries: appendix ({year2}). Last {lab1}. Last {lab2}.
 Meds: {med1}, {med2}. Allergies: latex.""",
    """Glucose meter memory download (meter {meter}, anonymous mode)
 avg 7d {glu}  avg 14d {glu2}  avg 30d {glu3}
 readings {n_small}{n_small2}, hypos 2, hypers {n_small2}
 A1c estimate 7.2%. Target {lab1_name} per {role1}.""",
    """Billing FAQ for families: Revenue code {rev} = emergency room. DRG {drg} covers the whole stay.
HCPCS {hcpcs} is equipment. CPT {cpt} is an office visit. Charity care if income under 250% FPL.
Estimated self-pay {money1}; deposit {money3}.""",
    """Text message template (hospice): "Your nurse will arrive between {t12a} and {t12b}. Reply C to confirm.
For urgent needs call the 24-hour line." Sent {n_small} reminders this week. Opt-out rate {pct}.""",
    """Medication reconciliation checklist ({form_no}):
 [x] home list reviewed  [x] {med1} continued  [ ] {med2} held for BP {bp}
 [x] {med3_name} dose changed to {med3_dose}. Stock vaccine given, {lot}. LOINC {loinc}, SNOMED {snomed}.""",
    """Shared care notebook - page template
 Date: ____  Time: {t1}  Who visited: ____
 Meds given: {med1}  {med2}
 Eating: 50%   Sleep: {sleep}   Pain {pain}   Bowels: y / n
 Questions for {role1}: ____   {role2} visit: {weekday}""",
    """Family meeting agenda (generic, {room}): goals of care; {dx}; code status; {role1}, {role2}, {role3}
to attend. Scheduled {weekday} {t12a}, 45 minutes. ECOG {ecog}, PPS {pps}, EF {ef}. Interpreter if needed.""",
    """Seizure action plan template: Time the seizure. If over 5 min give {med3}. Turn on side. Call 911 if
no recovery in {n_small} min. Log in app ({brand1}, {ver}). Triggers: {sym1}, missed doses.""",
)
