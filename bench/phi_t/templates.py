"""Templates for planted set T: spoken and transcribed care (dictation, scribes, phone lines, interpreters,
texts, radio). ``{key}`` placeholders are filled from ``values.identifiers`` (gold) and ``values.lookalikes``."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 -------------------------------------------------------------------------------------------------
    "t_sr_dictation_clinic_draft": (
        """*** SPEECH RECOGNITION DRAFT - NOT REVIEWED - {sr_engine} ***
Author: {dr_full}   Dictated: {visit_dt}   Job {job}
this is doctor {dr_last} dictating a clinic note on {pt_full} period medical record number {mrn_said} period date of birth {dob_said} period new paragraph
history of present illness colon the patient is a {age_words} year old with {eponym} who comes in today with her daughter {rel_first} comma complaining of worsening shortness of breath for about a week period she denies chest pain period blood pressure today {bp_said} comma pulse {hr_said} comma sats {spo2_said} on room air period new paragraph
medications colon {drug_said} comma and she thinks a water pill but she is not sure period
plan colon increase {drug} comma recheck BMP and return in two weeks period please send a copy to doctor {dr2_last} at {facility} period
call the daughter at {phone_said} if labs are abnormal period end of dictation""",
        """[ASR RAW] conf {conf} | {sr_engine} | dictator ID {dictator_id} | rcvd {visit}
follow up visit for {pt_lf} MRN {mrn} new paragraph
subjective the patient is here for follow up of her diabetes comma last A1c {a1c} period she says her sugars are running {glucose_said} in the mornings period she lives at {street_said} in {city} and her son {rel_full} drives her to appointments period
objective vitals {bp_said} comma heart rate {hr_said} comma temp {temp_said} period foot exam normal monofilament period
assessment and plan type 2 diabetes {icd} period continue {drug_said} period refer to endocrinology doctor {dr2_full} period follow up {d2_said} period
addendum the patient's date of birth is {dob_said_wrong} scratch that {dob_said} period
[END OF AUDIO {dur2}]""",
        """DRAFT (speech-to-text, unedited)
Pt: {pt_caps}   MRN {mrn}   DOS {visit}
Provider: {dr_full}, MD   NPI {npi}
next patient is {pt_first} {pt_last} that's {pt_spell} new paragraph chief complaint knee pain period she is a retired school teacher from {city} comma worse on stairs for {count} weeks period
exam colon positive {eponym2} no wait strike that period mild effusion right knee comma range of motion zero to one twenty period
x ray today shows moderate medial joint space narrowing period plan colon {drug} comma physical therapy three times a week period
patient asked that results go to her email {email_said} period
{dr_last} out""",
    ),
    # 2 -------------------------------------------------------------------------------------------------
    "t_dictated_letter_to_referrer": (
        """{facility}
Department of Cardiology
{street}, {city}, {state} {zip}
Tel {phone2}   Fax {fax}

{visit_us}

{dr2_full}, MD
{city2} Family Practice
Re: {pt_full}   DOB: {dob}   MRN: {mrn}

Dear Dr. {dr2_last},

Thank you for referring {pt_first} for evaluation of palpitations. I saw her in clinic today together with her husband {rel_first}. She describes episodes lasting {dur} since {year}. ECG today showed {ekg}. BP {bp}, HR {hr}. Her {score2}. I have started {drug} and arranged a 14-day patch monitor.

I will see her again on {d2}. Please do not hesitate to call me on {phone} or fax {fax} if anything changes.

Yours sincerely,

Dictated but not read
{dr_full}, MD, FACC   NPI {npi}
D: {visit}  T: {d4}  Job# {job}  cc: {pt_full}, {street}, {apt}, {city} {zip}""",
        """DICTATED LETTER - TRANSCRIBED BY {org}
To: Dr {dr2_full}, fax {fax_said} (as dictated - verify before sending)
From: Dr {dr_full}
Date dictated: {visit_said}
Re: {pt_full}, born {dob}, hospital number {mrn}

Dear {dr2_last}, re your patient {pt_first} who I saw in the memory clinic today. She is {age} and lives alone at {street}, {city}; her niece {rel_full} ({phone}) attended. {score2}. Impression early {eponym}. CT head from {d3} showed small vessel change only. I have not started medication. I have suggested a review in six months and a DVLA-style driving assessment; she still drives a {year} sedan.
Kind regards
{dr_full}
Transcribed {d4} by {staff_full}, job {job}""",
        """RECEIVED VIA FAX  pg 1/2  (OCR text layer)
RE: {pt_lf}  D.0.B. {dob}
Ref. Phvsician: {dr2_full} M.D.  Fax: {fax}
Dear doctor {dr2_last} comma
it was a pleasure to see {pt_first} today {visit_said} in the {facility} sleep clinic period she is accompanied by her partner {rel_first} period epworth score fourteen comma BMI {bmi} period
plan colon home sleep test comma the device serial number {serial} has been issued and should be returned to our {city} office at {street} by {d2} period
sincerely {dr_full} NPI {npi} period
[typed from dictation {visit}; email copy {dr_email}]""",
    ),
    # 3 -------------------------------------------------------------------------------------------------
    "t_ambient_scribe_conversation_draft": (
        """AMBIENT SCRIBE - AI GENERATED DRAFT - clinician must review ({sr_engine})
Encounter {fin} | {pt_full} | MRN {mrn} | {visit_dt} | {facility}
--- Transcript (speaker diarization {conf}) ---
[00:00:04] Clinician: Hi, I'm Dr. {dr_last}. Can you tell me your name and birthday?
[00:00:07] Patient: {pt_full}, {dob_said}.
[00:00:12] Clinician: And who's with you today?
[00:00:14] Patient: That's my grandson {rel_first}. He drove me from {city}.
[00:00:20] Clinician: How old are you now, if you don't mind?
[00:00:22] Patient: I'll be {age90_words} in the spring, believe it or not.
[00:01:40] Clinician: Your pressure is {bp} today. Are you still taking the {drug}?
[00:01:46] Patient: The little white one, yes. And the eye drops for my {eponym}.
--- Draft note ---
HPI: {age90}-year-old female seen with grandson. BP {bp}, HR {hr}. Assessment {icd}. Plan: continue meds; labs; RTC 3 months. {pharmacy} callback {phone}.""",
        """Ambient documentation draft {version}  (auto-generated, unsigned)
Patient: {pt_lf}   DOB {dob}   Visit {visit}   Clinician: {dr_full}
Conversation summary:
- Pt reports {pain} low back pain since lifting at work (warehouse); supervisor {rel_full}.
- Pt states "my old doctor in {city2}, Dr. {dr2_last}, gave me {drug_said}."
- Pt lives at {street} {apt}; stairs at home, {count} steps.
- Pt asked whether the visit note can be sent to {email}.
Exam (dictated during visit): SLR negative, strength 5/5, {bp}, {hr} bpm.
Orders discussed: lumbar X-ray ({cpt}), PT referral. Work note through {d2}.
Scribe flagged uncertain words: [ibuprofen? / Ivy Brown?] at 00:06:13; [{pt_last}?] at 00:09:02.""",
        """AI SCRIBE SESSION {case}
{visit_dt}  room {room}  mic: ceiling array
Participants detected: CLINICIAN ({dr_full}), PATIENT ({pt_first}), COMPANION (said "I'm his wife, {rel_first}")
Spoken identifiers captured: MRN "{mrn_said}"; phone "{phone_said}"; date of birth "{dob}".
Summary: {age}M with {eponym2}, tremor worse. UPDRS deferred. {score}. Start {drug}. Follow-up {d2}.
Draft routed to inbox of {dr_last} for signature; audio retained {count} days per {policy}.""",
    ),
    # 4 -------------------------------------------------------------------------------------------------
    "t_nurse_advice_line_triage_log": (
        """NURSE ADVICE LINE - TELEPHONE TRIAGE RECORD
Case #: {case}     Call rcvd: {visit_dt}     Queue: {queue}
Caller: {rel_full} (mother)     Callback: {phone}
Patient: {pt_full}     DOB: {dob_child}     MRN: {mrn}
Address on file: {street}, {city} {zip}
Protocol: Fever - Pediatric (Schmitt-Thompson)     RN: {rn_full}, {lic}
Reason for call: fever since {time_said}, max temp {temp_f} F per caller, drinking less. Wt {wt_child}. Gave acetaminophen 160 mg at {time}.
Assessment questions: lethargic? no. Stiff neck? no. Rash? "a little on the belly". Breathing fast? no ({rr}/min counted by caller).
Disposition: {dispo}. Caller agrees. Care advice given per protocol. PCP {dr_last} notified via in-basket.
Call duration {dur}.""",
        """TELEPHONE TRIAGE  {visit}  {time_ampm}
Spoke with pt {pt_first} {pt_last} ({age90} yo, DOB {dob90}) and daughter {rel_first} on speaker. Pt verified name/DOB.
CC: dizziness and near-fall this AM. Home BP reading {bp}, HR {hr}. On {drug}. Denies CP. Daughter reports new confusion since {d4}.
Protocol Dizziness - Adult -> {dispo}. Advised 911 if worse. Daughter will drive pt to {facility}; ED charge RN {staff_full} called with report at {time}.
Callback # given by daughter: {phone_said}. Pharmacy: {pharmacy}.
{rn_full}, RN  case {case}""",
        """NURSE LINE CALL (overflow, documented after call)
Caller: pt   Name given: {pt_full} ("{pt_nick}")   DOB given as {dob_said_wrong}, then corrected to {dob}
MRN {mrn}   Ins {member}   Ph {phone}
Insulin pump user; pump serial read by caller: {serial_said} (matches chart {serial}). Blood sugar {glucose}, ketones small.
Protocol Diabetes - High Blood Sugar; disposition {dispo}. Pump rep line given. Endo on call {dr_full} paged {time}.
RN {rn_short}  {visit}""",
    ),
    # 5 -------------------------------------------------------------------------------------------------
    "t_voicemail_to_text_inbox": (
        """Voicemail transcription (automated, {conf} confidence)
From: {phone}   Received: {visit_dt}   Length: {dur2}   Mailbox: {queue}
"Hi this is {pt_full} calling um my date of birth is {dob_said} I'm calling because I need a refill on my {drug_said} the pharmacy said they faxed you twice it's the {pharmacy} on {street} in {city} my number is {phone_said} again {phone_said} thank you bye"
[Routed to: Rx refill pool]  [Matched chart: MRN {mrn}]""",
        """VM-TO-TEXT  {visit}  {time_ampm}  caller ID {phone2} ("{pt_caps}")
hello it's {rel_first} {pt_last} I'm {pt_first}'s husband she had the procedure with doctor {dr_last} on {d4} and she's got a fever tonight {temp_said} we're at home at {street_said} my cell is {phone_said} or you can email me {email_said} okay thanks
-- transcription may contain errors; words under {conf} confidence in brackets: [procedure] [doctor {dr_last}]
system: {sr_engine} | client {ip}""",
        """Voicemail message log - Audiology front desk
{visit_dt} | {dur} | from {phone}
Transcript: "Yes good morning this is {pt_full} I was in on {d3} for my hearing aids and the left one stopped working the serial on the little box says {serial_said} I'm in {city} so I could drop it off Friday also my son {rel_full} might pick it up his name should be on the form my phone is {phone} thank you"
Staff note: device on chart SN {serial}, in warranty. Mailer sent to {street}, {city} {zip}. - {staff_full}""",
    ),
    # 6 -------------------------------------------------------------------------------------------------
    "t_spanish_interpreted_clinic_visit": (
        """INTERPRETED VISIT - Spanish <> English (in person)
Interpreter: {interp_first}, ID #{interp_id}   Patient: {pt_full}   DOB {dob}   MRN {mrn}
Fecha / Date: {visit_es} ({visit})
Dr. {dr_last}: What brings you in today?
Interp (to pt): ¿Qué la trae hoy?
Pt: Me duele el estómago desde el {d4}, y tengo náuseas. Mi hija {rel_first} me trajo.
Interp: My stomach hurts since {d4} and I have nausea. My daughter {rel_first} brought me.
Dr. {dr_last}: Any vomiting or blood?
Pt: No, sangre no. Vomité dos veces anoche.
Vitals: PA {bp}, FC {hr}, T {temp}. Dx {icd}. Rx {drug}.
Direction on file / Dirección: {street}, {apt}, {city}, {state} {zip}. Tel. {phone}.
Teach-back completed in Spanish. Interpreter session {dur}.""",
        """Visita con intérprete telefónico ({org}) - {lang}
Paciente: {pt_lf}    Fecha de nacimiento: {dob}    No. de expediente: {mrn}
Seguro / Insurance: Medicaid {medicaid}
Intérprete #{interp_id} ({interp_first}) joined at {time}.
Pt said (interpreted): "I live with my sister {rel_full} in {hood}, near the church on {street}." When asked for SSN for the sliding-fee application, pt gave "{ssn}" (interpreter read back each digit).
Clinician {dr_full}: counselled on {eponym2}; start {drug}; return {d2}.
Spanish AVS printed. Teléfono de contacto: {phone}.""",
        """PHONE INTERPRETER CALL - Spanish (audio transcribed by QA, consecutive mode)
{visit_dt}  Interpreter #{interp_id}  Agent {agent_first}
Agent: Can I have her name and date of birth?
Interp (to caller): ¿Me da el nombre y la fecha de nacimiento de la paciente?
Caller: {pt_full}, nació el {visit_es_dob}.
Interp: {pt_full}, she was born {dob_said}.
Agent: And the Medicaid number on the card?
Caller (reading): {member_said}.
Interp: {member_said}.
Agent: Thank you. I have her at {street}, {city}. Appointment {d2} with Dr. {dr_last}.
Interp: Tiene cita el {d2} con el doctor {dr_last}.""",
    ),
    # 7 -------------------------------------------------------------------------------------------------
    "t_vietnamese_interpreted_peds_call": (
        """PEDIATRIC PHONE FOLLOW-UP WITH VIETNAMESE INTERPRETER
Date: {visit}   Interpreter: {interp_first} (ID {interp_id}), video
Child: {pt_full}   DOB: {dob_child}   MRN {mrn}   Age {age_mo} mo
Parent: {rel_full} (mẹ / mother)   Phone: {phone}
RN: Is the fever gone?
Interp -> parent: Cháu còn sốt không chị?
Parent: Hết sốt từ {visit_vn} rồi, nhưng cháu còn ho.
Interp -> RN: The fever has been gone since {visit}, but the baby still coughs.
RN: advised humidifier, fluids, return precautions; weight {wt_child}. ED if sats under {spo2}.
Parent asked for the clinic address in writing: sent by text to {phone} - {facility}, {street}, {city}.
{rn_full}, RN   call ref {case}""",
        """Ghi chú / Note - interpreter-assisted (Tiếng Việt)
{visit_dt}  Bệnh nhân (patient): {pt_caps}  Ngày sinh (DOB): {dob}  Số hồ sơ (MRN): {mrn}
Người gọi (caller): bà {rel_first}, bà ngoại (grandmother)
Địa chỉ (address): {street}, {city}, {zip}
Interpreter {interp_first} #{interp_id} repeated the MRN back: "{mrn_said}" - confirmed.
Concern: rash after {drug}; no lip swelling; {pain}. Photo of the child's face sent through portal ({photo}) reviewed by Dr. {dr_last}.
Plan: stop antibiotic, cetirizine 2.5 mg, recheck {d2}. Email AVS in Vietnamese to {email}.""",
    ),
    # 8 -------------------------------------------------------------------------------------------------
    "t_kreyol_phone_interpreter_followup": (
        """Telephone encounter - Haitian Creole interpreter
Pasyan / Patient: {pt_full}   Dat nesans / DOB: {dob}   MRN {mrn}
Dat / Date: {visit_ht} ({visit})
Interpreter: {interp_first}, ID {interp_id}, via {org}
RN: Are you taking the blood pressure pill every day?
Interp: Èske w ap pran grenn tansyon an chak jou?
Pt: Wi, men mwen pa gen ankò depi {d4}. Pitit gason m {rel_first} ap al chèche l.
Interp: Yes, but I ran out since {d4}. My son {rel_first} will go get it.
Refill {drug} sent to pharmacy, Rx #{rx}. Home BP {bp}. Pt lives {street}, {city}. Callback {phone}.
{rn_full}, RN""",
        """INTERPRETER LOG (Kreyòl ayisyen) - after-visit call
Interp ID #{interp_id} {interp_first} | start {time} | {dur}
Pt {pt_lf} confirmed DOB "{dob_said}" in Creole, last four of social "{ssn4_said}"; address "{street_said}, {city}".
Wife {rel_full} on the line; asks about the letter for immigration clinic at {facility}.
Dr {dr_full} message read to pt: labs normal except {crit_val}; recheck {d2}.
Spelling of last name given by pt: {pt_spell}. Chart updated. MRN {mrn}. Tel {phone}.""",
    ),
    # 9 -------------------------------------------------------------------------------------------------
    "t_arabic_translit_interpreted_prenatal": (
        """PRENATAL VISIT - interpreted (Arabic, Levantine; transliterated where relevant)
Patient: {pt_full}   DOB {dob}   MRN {mrn}   {g_p} at {ga}
Husband: {rel_full} (present; patient asked that he not interpret)
Interpreter: {interp_first}, staff ID {interp_id}
Clinician: Any bleeding or cramping?
Interp (to pt): Fi nazif aw maghas?
Pt: La, bas ta'abaneh ktir. Wa el bebe byit-harrak mneeh.
Interp: No, just very tired. And the baby moves well.
FHR {hr}, BP {bp}, fundal height appropriate. GTT ordered. Next visit {d2}.
Home: {street}, {apt}, {city}. Phone (pt prefers text) {phone}. Medicaid ID {medicaid}.
{dr_full}, CNM""",
        """Interpreter-mediated OB triage phone call
{visit_dt} | Interp {interp_first} #{interp_id} | RN {rn_full}
Caller identified herself: "ana {pt_first} {pt_last}, tarikh el milad {dob_said}" (DOB {dob}).
Complaint: decreased fetal movement since {time_said}, {ga}. Protocol Pregnancy - Decreased Fetal Movement.
Disposition: {dispo}. Husband {rel_first} driving her to {facility}; L&D charge nurse notified.
Insurance {member}. Callback {phone}. Case {case}.""",
    ),
    # 10 ------------------------------------------------------------------------------------------------
    "t_answering_service_after_hours_msg": (
        """AFTER-HOURS ANSWERING SERVICE - MESSAGE SLIP
MSG# {case}   TAKEN {visit_dt}   OPR {agent_first}
FOR: DR {dr_caps} (ON CALL)   ACCT: PEDS ASSOC
CALLER: {rel_full} (MOTHER)   CB#: {phone}   ALT: {phone2}
PT: {pt_caps}   DOB {dob_child}
RE: CHILD VOMITING X{count} SINCE {time_said}, CAN'T KEEP FLUIDS. MOM ASKS IF SHE SHOULD GO TO {facility}.
URGENT: Y   PATCHED: N   PAGED {time} / {time2}
DR {dr_caps} RETURNED CALL {time_ampm} - ADVISED {dispo}.""",
        """ANSWERING SERVICE - NIGHT LOG ({org})
{visit}
{time}  caller {pt_full}  CB {phone}  "chest feels tight, took my {drug_said}"  -> told to call 911; dr paged
{time2}  pharmacy {pharmacy} re: Rx {rx} for {pt_last}, fax {fax}  -> msg to Dr {dr_last}
{time}  hospital operator {facility} re: pt {pt_lf} admitted, MRN {mrn}  -> dr aware
{time2}  caller {rel_full} re {pt_first}, says "{pt_nick}" fell at {street}, {city} -> advised ED
operator {agent_first}; next shift {staff_full}""",
        """Message from: {rel_first} {pt_last}   Phone: {phone_said}
(operator note: caller read the number twice, first as {phone_said_wrong})
Re patient: {pt_full}, DOB {dob_us}, age {age90}
Message: "Mom is {age90_words} and she is refusing her dinner and her {drug}, the nurse at {facility} said call the doctor."
For: Dr {dr_full}   Taken: {visit_dt}   By: {agent_first}   Priority: routine""",
    ),
    # 11 ------------------------------------------------------------------------------------------------
    "t_call_centre_scheduling_script": (
        """CENTRAL SCHEDULING - CALL SCRIPT (completed)  agent {agent_first} / ext {ext}
Script {form}
[1] "Thank you for calling, may I have the patient's full name?"  -> {pt_full}
[2] "And the date of birth?"  -> {dob}
[3] "Can you confirm the address we have on file?"  -> {street}, {apt}, {city}, {state} {zip}
[4] "Best phone number?"  -> {phone}   (mobile, OK to text: Y)
[5] "Insurance: carrier and member ID?"  -> {org} / {member}, group {group}
[6] Appointment booked: {dr_full}, {visit_us} at {time_ampm}, {facility}
[7] "You'll get a link to check in: {url}"
Copay quoted {copay}. Acct {acct}. Call time {dur}.""",
        """SCHEDULING CALL - identity check failed then passed
{visit_dt}  Agent: {agent_first}   Queue: {queue}
Caller says name "{pt_full}", DOB "{dob_said_wrong}" (no match), then "sorry, {dob_said}" (match, MRN {mrn}).
Caller requests new patient visit for wife {rel_full}; collected DOB {d3}, SSN {ssn}, Medicare MBI {mbi}.
Voice verification enrolled: voiceprint ref {voiceprint}. Face photo for portal ID proofing uploaded: {photo}.
Booked {d2}, {dr2_full}. Reminder by email {email}. Account {acct}.""",
        """Outbound scheduling call list - export {visit}
seq,patient,dob,phone,result,agent,note
{count},"{pt_lf}",{dob},{phone},LM,{agent_first},"left msg re {cpt} follow-up"
{line},"{rel_full}",{d3},{phone2},BOOKED,{agent_first},"booked {d2} {time}; member {member}"
{option},"{staff_full}",{dob_us},{phone3},WRONG #,{agent_first},"number belongs to a {org} office"
footer: {form}; calls {count}; avg hold {hold}""",
    ),
    # 12 ------------------------------------------------------------------------------------------------
    "t_telehealth_chat_timestamped": (
        """Telehealth session chat export
Session: {url}   Started: {visit_dt}   Client IP: {ip}
[{time}] system: {pt_full} joined the waiting room
[{time}] {username}: hi is the doctor coming my video is frozen
[{time}] FrontDesk_{agent_first}: Hi! Please confirm your date of birth for me.
[{time}] {username}: {dob}
[{time}] FrontDesk_{agent_first}: Thanks. Dr. {dr_last} will join shortly.
[{time}] Dr. {dr_full}: Hello {pt_first}, I can hear you now. Can you turn your camera to the rash?
[{time}] {username}: ok also i uploaded a picture of my face from yesterday {photo}
[{time}] Dr. {dr_full}: Got it. That looks like {eponym2} flare vs contact dermatitis. Sending {drug} to your pharmacy.
[{time}] system: session ended ({dur})""",
        """CHAT TRANSCRIPT - virtual urgent care
room: {url}  |  {visit}  |  patient device IP {ip}  |  relay {ip2}
{time} [{username}] my son {rel_first} has a fever {temp_said} since last night
{time} [RN {rn_short}] Sorry to hear that. What's his date of birth and weight?
{time} [{username}] {dob_child}, about {wt_child}
{time} [RN {rn_short}] Any trouble breathing? rash?
{time} [{username}] no. we live at {street} {city} if you need to send someone lol
{time} [RN {rn_short}] I'll connect you to Dr. {dr_last}. Parking validation for plate {plate} added if you come in.
{time} [system] transcript emailed to {email}""",
        """Secure chat (portal) - threaded view
{visit_dt} {pt_full} (via {username}): I had the colonoscopy on {d4} with Dr {dr_last}, still bleeding a little
{visit_dt} {rn_full} RN: How much? Any dizziness? Your last Hgb was {hgb}.
{visit_dt} {pt_full}: a few drops. BP machine says {bp}.
{visit_dt} {rn_full} RN: OK. Please call us at {phone} if it increases. Here is the video visit link for tomorrow: {url}
audit: login from {ip}; MRN {mrn}""",
    ),
    # 13 ------------------------------------------------------------------------------------------------
    "t_care_team_family_sms_thread": (
        """SMS thread - {facility} care team <-> family (secure texting app export)
Patient: {pt_full}  MRN {mrn}  Room {room}
{visit_dt}  Team ({rn_first} RN): Good morning, this is {rn_first} from 5 West. Your mom had a comfortable night. Pain {pain}.
{visit_dt}  {rel_full} ({phone}): thank you!! is dr {dr_last} rounding today? can I call in
{visit_dt}  Team ({rn_first} RN): Yes, around {time_ampm}. Dr. {dr_last} will call you at this number.
{visit_dt}  {rel_full}: my brother {rel2_first} will be there at noon. he drives a grey van {plate}, can he park in the ER lot
{visit_dt}  Team ({rn_first} RN): Visitor garage is best. Discharge planned {d2}; home O2 company will deliver to {street}, {city}.""",
        """Text thread export (care coordinator) - {pt_lf}
participants: {staff_full} (coordinator), {rel_full} (daughter, {phone}), {pt_first} (patient, {phone2})
{d4} {time}  coordinator: Hi {rel_first}, reminder that {pt_first}'s video visit is {visit_us} at {time_ampm}. Link: {url}
{d4} {time}  daughter: she can't see the link. can u email it to {email}
{d4} {time}  coordinator: done. Also the glucose sensor serial you asked for is {serial}, replacement ordered.
{visit} {time}  daughter: [image: {photo}] her face is swollen since this morning?
{visit} {time}  coordinator: Please call 911 if her lips or tongue swell. I'm paging Dr. {dr_last} now.""",
        """Care team texting - hospice family line
To: {rel_full} {phone}
From: Hospice RN {rn_full}
{visit_dt}: Hi, I'm on my way to {street}, about {mileage} out. Is the gate code still the same?
{visit_dt}: (reply) yes. mom ({pt_first}, {age90}) is more restless since {time_said}
{visit_dt}: I'll bring the comfort kit. Dr {dr_last} increased morphine to 5 mg q2h PRN.
{visit_dt}: (reply) ok. my sister {rel2_first} flying in from {city2} on {d2}""",
    ),
    # 14 ------------------------------------------------------------------------------------------------
    "t_phone_identity_readback_check": (
        """IDENTITY VERIFICATION - TELEPHONE (policy {policy})
Call {visit_dt}   Agent {agent_first}   Line {line}
Caller claims to be: patient
  Name spelled by caller ............ {pt_first} {pt_spell}
  DOB read back ..................... {dob_said} -> {dob}   MATCH
  Last 4 SSN ........................ {ssn4_said} -> {ssn4}   MATCH
  Address on file ................... {street}, {city} {zip}   MATCH
  Phone on file ..................... {phone}   caller ID {phone2}   NO MATCH (new cell)
  Voiceprint ........................ {voiceprint}   score {conf2}   PASS
Result: VERIFIED (3 of 3 + voice). Release of lab results permitted. MRN {mrn}.""",
        """Read-back confirmation (pharmacy benefit call)
{visit}  {time}  rep {agent_first}
Rep: Can I have the member ID?
Caller: {member_said}.
Rep: I have {member}. And the patient's name and date of birth?
Caller: {pt_full}, {dob_said}.
Rep: Confirming {dob}. And the last four of the social?
Caller: {ssn4}.
Rep: Thank you. I see the prior authorization {pa} for {drug} was approved through {d2}.
Face photo on file for this member: {photo} (ID card upload). Caller's voiceprint {voiceprint} stored.""",
        """PHONE ID CHECK  {visit_dt}
caller: {rel_full} (says she is health care proxy)
pt: {pt_caps}   MRN read by caller: {mrn_said_wrong}, no sorry, {mrn_fix}, {mrn_said}
chart MRN {mrn} -> MATCH after correction
DOB {dob}; pt address {street} {apt}, {city}; proxy form on file dated {d3}
voice biometric {voiceprint}: INCONCLUSIVE (caller on speaker); fallback KBA passed
agent {agent_first}, supervisor {staff_full}""",
    ),
    # 15 ------------------------------------------------------------------------------------------------
    "t_ems_radio_report_transcribed": (
        """BASE STATION RADIO LOG - transcribed from recording
{visit_dt}  {unit} to {facility}, channel MED-{line}
"{facility2} ... I mean {facility}, this is {unit} with one patient, {age90_words}-year-old female, fall at home, {street_said}, {city}. {gcs_said}, BP {bp_said}, pulse {hr_said}, sats {spo2_said} on {o2}. Shortened right leg, externally rotated. ETA {count} minutes."
Medical control ({dr_full}): copy, bring her to trauma bay, {room}.
Pt name per family: {pt_full}; DOB {dob90}; daughter {rel_first} following in private vehicle, plate {plate}.
Transcribed by {staff_full} (comm center)""",
        """MED CHANNEL TRANSCRIPT (auto) - {sr_engine}
{time} {unit}: "Mercy Base, {unit}, priority one, MVC rollover on Route {line} near {city}, patient is a {age}-year-old male, driver, restrained, {gcs_said}, {ekg}"
{time} BASE: "Copy {unit}, what's your ETA"
{time} {unit}: "ETA {count}. Patient identified from license as {pt_full}, date of birth {dob_said}, license number {dl}. Vehicle {plate_said}, VIN ending, uh, full VIN {vin} for the trooper."
{time} BASE: "Copy. Dr {dr_last} notified."
note: trooper case # {case}""",
        """EMS PATCH - ED RN transcription
Date {visit}  Time {time}  Unit {unit}  Medic {rn_full}, {lic}
Pt: {age90} y/o M from {facility2} (nursing home), {street}, {city}
"... found by aide {staff_full} at {time_said} ... BP {bp}, HR {hr}, RR {rr}, sats {spo2}, glucose {glucose} ... family son {rel_first} at {phone} ..."
Pt name {pt_lf}, DOB {dob90}. Ambulance plate {plate}. MRN pulled {mrn}. ID photo from facility face sheet: {photo}.""",
    ),
    # 16 ------------------------------------------------------------------------------------------------
    "t_radiology_sr_uncorrected": (
        """RADIOLOGY - PRELIMINARY (speech recognition, uncorrected)
Patient: {pt_lf}   MRN: {mrn}   DOB: {dob}   Acc# {accession}
Exam: CT chest with contrast ({cpt})   Performed: {visit_dt}   Ordering: {dr2_full}
Reading: {dr_full}
findings colon there is a 6 millimeter ground glass nodule in the right upper load period [lobe] no plural effusion period [pleural] cardiac device generator in the left chest wall comma leads in expected position period the device serial from the implant card is {serial} period
impression colon indeterminate nodule comma follow up CT in 6 to 12 months per Fleischner period
critical result no period results discussed with doctor {dr2_last} at {time} on {visit_md} period""",
        """PRELIM READ - dictated {visit}  {time}
{pt_caps}  {mrn}  {facility}
CHEST PORTABLE. comparison {d3}. interval placement of a left subclavian pacemaker, UDI {udi}. no pneumothorax period. heart size upper normal comma mild vascular congestion period.
[SR flag: "pneumo thorax" joined] [SR flag: "do doctor {dr2_last}" -> "Dr. {dr2_last}"]
signed (prelim) {dr_full} | transcription job {job}""",
    ),
    # 17 ------------------------------------------------------------------------------------------------
    "t_transcription_service_job_header": (
        """TRANSCRIPTION SERVICE - OPERATIVE REPORT
Job #: {job}   Dictator ID: {dictator_id}   Dictator: {dr_full}, MD (NPI {npi})
Dictated: {visit_dt}   Transcribed: {d4}   TAT {dur}   Lines {count}
Patient: {pt_lf}   MRN: {mrn}   FIN: {fin}   DOB: {dob}
Location: {facility}, OR {line}
Deliver to: Dr. {dr2_full}, fax {fax}
PREOPERATIVE DIAGNOSIS: {eponym}.
PROCEDURE: laparoscopic cholecystectomy ({cpt}).
ASSISTANT: ___ [dictator said "{rel2_first}"? inaudible at 02:14]
The patient was identified by name and date of birth ... EBL 20 mL ...
QA: blanks {line}; flagged terms: "{pt_last}" spelled per registration.""",
        """MedSpeak job ticket
JOB {job} | TYPE: Discharge Summary | PRIORITY: STAT | DICT {dictator_id} {dr_last}
PT {pt_caps} | MR# {mrn} | ACCT {acct} | SSN {ssn} | ADM {d3} | DIS {visit}
CC TO: {dr2_full} ({fax}); PCP office {facility2}
VOICE FILE {dur2} | WPM {wpm} | FORM {form}
[dictated text begins] patient is a {age}-year-old ... discharged home to {street} in {city} with her husband {rel_first} ... follow up with doctor {dr2_last} on {d2_said} ...""",
    ),
    # 18 ------------------------------------------------------------------------------------------------
    "t_pharmacy_refill_voicemail_queue": (
        """RX REFILL LINE - voicemail queue export ({visit})
vm_id|received|caller_phone|name_as_spoken|dob_as_spoken|rx_as_spoken|matched_rx|status
{count}|{time}|{phone}|{pt_full}|{dob_said}|{rx_said}|{rx}|QUEUED
{line}|{time2}|{phone2}|{rel_full}|{d3}|not given|-|CALLBACK
{option}|{time}|{phone3}|{staff_full}|{dob_us}|{rx_said}|NO MATCH|REVIEW
footer: IVR voiceprint match on vm {count}: {voiceprint}; queue {queue}""",
        """Refill request by phone - pharmacist note
{visit_dt}  R.Ph. {rn_full}
Caller: {pt_full}, DOB {dob}, address {street}, {city} {zip}; last 4 SSN {ssn4}
Rx #{rx} {drug} - {refills} remain; insurance {org}, member {member}, group {group}
Caller read the number on the bottle as "{rx_old_said}" (that was the old Rx, inactive).
Prescriber {dr_full} DEA {dea} contacted for new Rx. Pickup {d2}.""",
        """IVR SPEECH CAPTURE - refill request {case}
{visit_dt}  ANI {phone}  lang EN  asr {sr_engine}
prompt: "Say or enter your prescription number" -> heard: "{rx_said}" (conf {conf2}) -> Rx {rx}
prompt: "Say your date of birth" -> heard: "{dob_said}" (conf {conf2}) -> {dob}
prompt: "Say your last name and spell it" -> heard: "{pt_last}, {pt_spell}"
prompt: "Callback number?" -> heard: "{phone_said}"
result: refill queued for {pharmacy}; {drug}; {qty}""",
    ),
    # 19 ------------------------------------------------------------------------------------------------
    "t_post_discharge_callback_call": (
        """POST-DISCHARGE PHONE CALL (48-72 h)   {form}
Patient: {pt_full}  MRN {mrn}  Discharged: {d3}  From: {facility}
Called {phone} on {visit} at {time_ampm}; spoke with pt and wife {rel_first}.
Meds reviewed: {drug}; {drug2}. Taking as directed: yes.
Follow-up appt with Dr. {dr_last} on {d2}: confirmed. Transport by son {rel2_first}.
Home health agency visited {d4}. Scale reading {wt}.
Remote monitor serial {serial} transmitting; last upload from {ip}.
Questions: billing - given number for account {acct}. Email for AVS: {email}.
Caller: {rn_full}, RN, {cpt}.""",
        """Transitional care call - {visit_us}
{pt_lf} ({age90}), DOB {dob90}, lives at {street} {apt}, {city}
Daughter {rel_full} answered ({phone}); pt napping. Pt Medicare {mbi}; supplemental {member}.
Since discharge: eating, no falls, {pain}. BP {bp}. {score2}.
Daughter asks for claim number for the ambulance bill: {claim}.
PCP visit {d2} with {dr_full}. {rn_first}, care manager""",
    ),
    # 20 ------------------------------------------------------------------------------------------------
    "t_transcriptionist_blank_flag_report": (
        """TRANSCRIPTION QA - BLANKS AND FLAGS   Job {job}   Author {dr_full} ({dictator_id})
Patient: {pt_full}  MRN {mrn}  Date of service {visit}
| time  | heard as               | typed as            | reason               |
| 00:41 | "Kovalchik"            | {pt_last}           | name per ADT         |
| 01:12 | "eighteen"             | [blank] mg          | dose unclear         |
| 02:07 | "{dob_said}"           | {dob}               | DOB read in words    |
| 02:55 | "doctor {dr2_last}"    | Dr. {dr2_full}      | referring MD         |
| 03:30 | "{phone_said}"         | {phone}             | callback             |
| 04:10 | "{eponym}"             | {eponym}            | eponym, verified     |
Returned to author for review {d4}. Transcriptionist {staff_full}, emp {emp}.""",
        """Flag sheet - dictation {job}
Author: {dr_last}, {dr_full}
1) Patient name dictated as "{pt_first} ... uh ... {pt_last}"; registration shows {pt_lf}. Used registration.
2) MRN dictated "{mrn_said}" - matches {mrn}.
3) Address dictated "{street_said}" typed as {street}, {city} {zip}.
4) "C. diff" vs "see if" at 05:12 - left as [?].
5) Visit date dictated "{visit_said}" - typed {visit}.
6) Wife's name dictated "{rel_first}" - no spelling given.
Typist {staff_full}; {form}""",
    ),
    # 21 ------------------------------------------------------------------------------------------------
    "t_asl_vri_session_record": (
        """VIDEO REMOTE INTERPRETING (ASL) - SESSION RECORD
Session URL: {url}   Start {visit_dt}   Duration {dur}
Endpoint IP {ip} (cart {asset}); vendor relay {ip2}
Patient: {pt_full} (Deaf, ASL primary)   MRN {mrn}   Room {room}
Interpreter: {interp_first}, CDI ID {interp_id}
Requesting clinician: {dr_full}
Notes: Pt's partner {rel_first} present, signs; declined to interpret. Consent discussed for {cpt}. Pt asked that follow-up be by text relay to {phone} or email {email}.
Connection drops: {count}. {policy}.""",
        """VRI log - {facility}
{visit}  {time}-{time2}  language: ASL / English  link {url}
Pt {pt_lf}, DOB {dob}, deaf-blind (tactile ASL requested - on-site interpreter booked for {d2})
Video device at bedside logged client IP {ip}; session recorded: NO
Photo ID check at registration: face image {photo} compared by registrar {staff_full}
Interp {interp_first} #{interp_id}; RN {rn_full}""",
    ),
    # 22 ------------------------------------------------------------------------------------------------
    "t_switchboard_operator_log": (
        """HOSPITAL OPERATOR LOG - {facility}   {visit}   console {line}
{time}  outside caller {rel_full} ({phone}) asking for room of {pt_full} -> transferred to 4N after caller gave DOB {dob}
{time}  overhead page: "Dr. {dr_last}, Dr. {dr_last}, call {ext}"
{time}  security: car blocking ambulance bay, plate {plate}, owner paged
{time}  caller {pt_lf} re bill, acct {acct} -> PFS
{time2}  rapid response {room} paged, {role} notified
operator {agent_first} ({emp})""",
        """Switchboard call record - recorded line {line}
{visit_dt}  caller: "yeah I'm trying to reach my dad {pt_full} he was brought to your ER last night from {city}, his birthday is {dob_said}"
operator {agent_first}: verified with ED registration, MRN {mrn}; connected to ED charge RN {rn_first}
caller callback {phone}; caller name {rel_full}; voice sample retained under {voiceprint} (recorded-line policy {policy})""",
        """OPERATOR MESSAGE (night), typed while caller spoke
{visit_dt}  operator {agent_first}
caller: "{rel_full}, I'm calling about my mother {pt_full}, she's on your fourth floor"
callback as said: {phone_said_wrong} ... "wait, {phone_said}, that's my cell"
wants billing to call her back about account {acct}; she read it off the statement as "{acct_said}"
mom's DOB per caller: {dob_said}
forwarded to 4 West charge RN {rn_first}; billing queue {queue}""",
    ),
    # 23 ------------------------------------------------------------------------------------------------
    "t_transfer_call_recorded_transcript": (
        """TRANSFER CENTER - RECORDED PHYSICIAN-TO-PHYSICIAN CALL (transcript)
Call {case}  {visit_dt}  recorded line
Coordinator: This is the transfer center, you're on a recorded line. Referring physician?
Dr. {dr2_full}: {dr2_full}, ER at {facility2}, callback {phone2}.
Coordinator: Patient name and date of birth?
Dr. {dr2_last}: {pt_full}, {dob_said}. Our MRN {mrn2}.
Dr. {dr_last} (accepting): Go ahead.
Dr. {dr2_last}: {age90}-year-old man, {ekg}, troponin {trop}, lactate {lactate}. On {drug}.
Dr. {dr_last}: Accept to CCU. Send by ground; {room}.
Coordinator: Accepted {visit}. Bed {room}. Our MRN assigned {mrn}.""",
        """Transfer request (recorded) - neonatal
{visit_dt}  sending: {facility2}  receiving: {facility}
Sending MD {dr2_full} ({phone2}): "baby girl {pt_last}, born {d4} at {time}, {ga}, {wt}, {score}, needing CPAP"
Mother {rel_full}, DOB {dob}, sending MRN {mrn2}
Accepting neonatologist {dr_full}; transport team ETA {count} min; case {case}""",
    ),
    # 24 ------------------------------------------------------------------------------------------------
    "t_critical_result_phone_readback": (
        """CRITICAL VALUE NOTIFICATION - TELEPHONE READ-BACK
Lab: {facility} Core Lab   Called by: {staff_full} (MLS)   {visit_dt}
Called to: {rn_full}, RN, unit {room}
Patient: {pt_lf}   MRN {mrn}   DOB {dob}
Accession: {accession}   Test: {crit_val} (LOINC {loinc})
Read-back: RN repeated name, DOB, accession "{accession_said}", value - CORRECT
Provider {dr_full} notified at {time} by RN.""",
        """Critical result call log (outpatient)
{visit} {time_ampm}  result {crit_val}  acc {accession}
Ordering MD {dr_last} - not reachable; covering {dr2_full} reached via answering service {phone}
Pt {pt_full} called at {phone2}: no answer; 2nd attempt reached husband {rel_first}, pt advised ED.
Result faxed to office fax {fax} at {time2}. {policy}.""",
        """Recorded line - lab critical call (transcribed for QA, {policy})
{visit_dt}
LAB ({staff_full}): Hi, this is the lab calling with a critical. Who am I speaking with?
RN: {rn_full}, I'm the nurse for {room}.
LAB: Patient is {pt_full}, date of birth {dob_said}, medical record {mrn_said_wrong}, no sorry, {mrn_fix}, so {mrn_said}.
RN: Okay.
LAB: {crit_val}, accession {accession_said}, collected at {time_said}.
RN: Reading back: {pt_last}, {dob_said}, {mrn_said}, {crit_val}.
LAB: That's correct. Time of call {time}.
RN note: Dr. {dr_last} notified, orders received. Chart MRN {mrn}; acc {accession}.""",
    ),
    # 25 ------------------------------------------------------------------------------------------------
    "t_verbal_telephone_order_readback": (
        """TELEPHONE ORDER (T.O.) - READ BACK AND VERIFIED
{visit_dt}   Unit {room}
Patient: {pt_full}   MRN {mrn}
Ordering prescriber: {dr_full}   NPI {npi}   DEA {dea}
Order: {drug} - read back: "{drug_said}" - prescriber confirmed.
Order: BMP and Mg in AM.
Taken by: {rn_full}, RN ({lic})   Co-sign due within 24 h per {policy}""",
        """Verbal order - phone - pharmacy
{visit} {time}  Dr {dr_last} (cell {phone}) to R.Ph. {rn_full}
Pt {pt_lf}, DOB {dob}, Rx #{rx}
Prescriber read DEA as "{dea_said}" and NPI "{npi_said}"; pharmacist verified {dea} / {npi} against registry.
Order: {drug2}, {qty}, {refills}. Hard copy to follow by fax {fax}.""",
        """TO/RB  {visit_dt}
{pt_caps}  MR {mrn}  {room}
Dr {dr2_full} by phone: give potassium chloride 20 mEq PO x1 for K {k}; repeat level {time}.
RB: yes. Hospitalist NPI {npi}. RN {rn_short} | charge {rn_first}""",
    ),
    # 26 ------------------------------------------------------------------------------------------------
    "t_home_visit_voice_memo_transcribed": (
        """Home health - voice memo (transcribed by app, {sr_engine})
Clinician {rn_full} | recorded in car {visit_dt} | memo {dur2}
"OK visit note for {pt_full}, {age90_words} years old, at {street}, {apt}, {city}. Gate code is on the chart. Daughter {rel_first} was there. Vitals {bp_said}, heart rate {hr_said}, O2 sat {spo2_said} on {o2}. Concentrator serial {serial_said}, working, filters clean. Wound on left heel stage two, {score2}. Next visit {d2_said}. Son's car in the driveway, plate {plate}, he's moving in. That's it."
Edited note: age {age90}; O2 device SN {serial}; next visit {d2}; MRN {mrn}. EVV voice check-in {voiceprint}.""",
        """Voice note -> text (mobile) {visit}
{pt_lf}, DOB {dob90}, {age90} yo, {street} {city} {zip}
"pt states her neighbor {rel_full} checks on her ... med box reviewed, {drug} missing Tuesday and Wednesday ... BP {bp} ... fall risk {score2} ... called Dr {dr_last} office {phone}, message left with {agent_first} ... PT eval ordered ... next SN visit {d2}"
EVV check-in by fingerprint {fingerprint} at {time}
{rn_full}, RN; agency provider {npi}""",
    ),
    # 27 ------------------------------------------------------------------------------------------------
    "t_video_visit_autocaption_vtt": (
        """WEBVTT
NOTE auto-captions export, visit {visit_dt}, meeting {url}

00:00:01.200 --> 00:00:04.900
Dr. {dr_last}: Good morning, can you tell me your full name?

00:00:05.100 --> 00:00:08.300
{pt_full}

00:00:08.500 --> 00:00:12.000
Dr. {dr_last}: and your date of birth?

00:00:12.100 --> 00:00:15.600
it's {dob_said}

00:00:16.000 --> 00:00:21.400
Dr. {dr_last}: great I see you're calling from {city} today, is {rel_first} with you?

00:00:21.600 --> 00:00:26.000
yes my wife is here she has the list of pills, {drug_said}

NOTE participant IP {ip}; snapshot of patient face saved as {photo}""",
        """WEBVTT - captions (speech engine), telepsychiatry follow-up {visit}
NOTE host {dr_full}; recording consent yes

00:03:11.000 --> 00:03:14.500
so since the {d3_said} I've been sleeping better

00:03:15.000 --> 00:03:19.200
{dr_last}: that's good and you moved in with your brother {rel_first} in {city}?

00:03:19.500 --> 00:03:24.000
yeah at {street} it's quieter there

00:03:25.000 --> 00:03:29.000
{dr_last}: your {score} is lower today too, and we'll keep the {drug}

NOTE patient {pt_full}, MRN {mrn}; link {url}""",
        """WEBVTT
NOTE live captions, nurse video check-in {visit}

00:00:02.000 --> 00:00:05.500
Nurse {rn_first}: before we start, can you confirm your date of birth

00:00:05.800 --> 00:00:09.900
{dob_said_wrong} no wait {dob_said}

00:00:10.200 --> 00:00:15.000
Nurse {rn_first}: thank you, and a good number if we get cut off?

00:00:15.300 --> 00:00:20.100
{phone_said}, or my email is {email_said}

00:00:21.000 --> 00:00:25.000
Nurse {rn_first}: perfect. your blood pressure log shows {bp_said}, that's better

NOTE patient {pt_full}; MRN {mrn}; session {url}; client {ip}""",
    ),
    # 28 ------------------------------------------------------------------------------------------------
    "t_deposition_treating_clinician_excerpt": (
        """IN THE SUPERIOR COURT OF THE STATE, {county}
{pt_caps}, Plaintiff, v. {org}, Defendant.    Case No. {docket}
DEPOSITION OF {dr_full}, M.D., taken {visit_long}
Page {count}
Q. Doctor, please state your name and medical license number for the record.
A. {dr_full}. My license number is {lic}.
Q. You treated {pt_full} in your office in {city} on {d3}?
A. Yes. Her date of birth is {dob}, our chart number {mrn}.
Q. And she was driving the vehicle, VIN {vin}, on {d4}?
A. That is what she told me. She said her husband, {rel_full}, was the passenger.
Q. What did she complain of?
A. Neck pain, {pain}. I diagnosed a strain, {icd}.
(Reporter's note: exhibit {count} marked - claim file {claim}.)""",
        """DEPOSITION TRANSCRIPT EXCERPT - treating physical therapist
Case {docket}  Deponent: {rn_full}, PT, license {lic}  Date {visit}
Q. Did the claimant, {pt_full}, attend therapy at your clinic at {street}, {city}?
A. Yes, {count} visits between {d3} and {d2}.
Q. Can you read the claim number on the referral?
A. It says {claim}. Her social is listed as {ssn}, which I'd normally redact.
Q. Who referred her?
A. Dr. {dr2_full}.
Certified shorthand reporter {staff_full}, CSR {lic}""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """SPEECH RECOGNITION DRAFT - {sr_engine}
this is the template for a normal follow up visit period blood pressure {bp_said} comma heart rate {hr_said} period continue {drug_said} period new paragraph diagnosis code {icd} period follow up in {count} weeks period end of dictation""",
    """AMBIENT SCRIBE - generated summary (no identifiers in this test clip)
Clinician: The blood pressure is {bp}. Patient: That's better than last time. Clinician: Keep the {drug}. Draft: {age}-year-old with {eponym}, {score}. Plan: labs, {cpt}. Audio retained per {policy}.""",
    """NURSE LINE PROTOCOL REFERENCE CARD - {protocol}
Ask: onset, severity ({pain_said}), fever above {temp_f} F, breathing rate over {rr}. Disposition options: {dispo}. Document call time ({time}) and duration ({dur}). Form {form}.""",
    """Voicemail greeting script (recorded {year})
"You have reached the clinic nurse line. If this is an emergency, hang up and dial 911. For prescription refills press {option}. For scheduling press {line}. Calls are returned within {count} hours." Script {form}, length {dur2}.""",
    """Interpreter services - phrase card (Spanish)
"¿Tiene dolor de pecho?" - Do you have chest pain?
"Tome {drug_said} dos veces al día." - Take it twice a day.
"Su presión es {bp}." - Your pressure is {bp}.
Policy {policy}: qualified interpreters for {lang}; family members should not interpret.""",
    """ANSWERING SERVICE - ON-CALL INSTRUCTIONS
For {org}: page the {role} for chest pain, fever over {temp_f} in infants under {age_mo} months, or glucose over {glucose}. Hold time target {hold}. Messages after {time} go to the morning queue {queue}.""",
    """CALL CENTRE QA SCORECARD (template {version})
Greeting {pct}; identity check (name + DOB + one other) {pct}; read-back of appointment time {time_ampm}; average handle {dur}; hold {hold}. Calls sampled: {count}. Reviewer: the {role}.""",
    """Telehealth chat macro library
#fever: "A temperature of {temp_f} F or higher in a baby under 3 months needs to be seen right away."
#bp: "A reading of {bp} is high; please recheck after 5 minutes of rest."
#refill: "We've sent {drug} to your pharmacy; allow {count} hours." (macro set {version})""",
    """Care-team texting etiquette (policy {policy})
Do not text lab values such as {crit_val} without context. Use the secure app {version}; messages retained {count} days. Room numbers ({room}) are acceptable; diagnoses such as {eponym} should be discussed by phone.""",
    """Phone identity verification - procedure {policy}
Two identifiers required. Acceptable: name, DOB, address, last four of SSN. Voice biometrics optional (threshold {conf2}). Failed attempts: lock after {option}. Revised {year}. Form {form}.""",
    """EMS RADIO REPORT FORMAT (MIST)
M - mechanism; I - injuries; S - signs: BP {bp_said}, pulse {hr_said}, {gcs_said}; T - treatment: {o2}, {drug}. Example traffic: "{unit}, priority {option}, ETA {count} minutes." Channel MED-{line}.""",
    """RADIOLOGY - SR ERROR LOG (department, no patient data)
Frequent misrecognitions: "load" for "lobe"; "plural" for "pleural"; "ileum" for "ilium"; "{eponym}" split into two words. Engine {sr_engine}. Error rate {pct} over {count} reports in {year}.""",
    """TRANSCRIPTION TURNAROUND REPORT - {year}
Op notes avg {dur2}; discharge summaries avg {dur2}; STAT {count} jobs; lines per hour {wpm}. Vendor {org}. Form {form}. Revenue code {rev}; {drg} charts audited.""",
    """Pharmacy refill IVR menu (version {version})
Press {option} to refill by prescription number. Press {line} to speak to the pharmacist. NDC lookups e.g. {ndc}, lot {lot}. Hours end at {time}. Copay for generics {copay}.""",
    """Post-discharge call script {form}
"Hi, I'm calling from the hospital to check on you after your stay. Are you taking {drug}? Any weight gain over {wt}? Do you have your follow-up appointment?" Bill {cpt} if completed within 2 business days. {score2} documented.""",
    """VRI equipment check - {asset}
Bandwidth {pct}; audio OK; camera OK; battery {pct}. Languages tested: ASL, {lang}. Ticket {ticket}. Software {version}. Next check in {count} days.""",
    """Operator overhead page codes
Code Blue - cardiac arrest; Rapid Response - {room}; Code Gray - security. Test page at {time} daily. Paging console {version}; extension {ext}.""",
    """Critical values list (lab policy {policy})
Potassium < 2.8 or > 6.2; glucose < 50 or > 450; hemoglobin < 7.0; INR > 5.0; troponin {trop}. LOINC {loinc}. Read-back required; call within {count} minutes.""",
    """Verbal/telephone order policy {policy}
Orders must be read back in full. Not permitted for chemotherapy or {drug2}. Co-signature within 24 hours. Example: "{drug_said}" - read back, confirmed. Form {form}.""",
    """Home health voice memo template
"Vitals {bp_said}, heart rate {hr_said}, sats {spo2_said}. Wound stage {option}, {score2}. Teaching done on {drug}. Next visit in {count} days." Mileage {mileage}. HCPCS {hcpcs}.""",
    """WEBVTT
NOTE caption test file ({sr_engine})

00:00:01.000 --> 00:00:04.000
Clinician: Your pressure today is {bp}.

00:00:04.500 --> 00:00:08.000
Clinician: Keep taking the {drug} and we'll check the {eponym2} labs.""",
    """DEPOSITION EXHIBIT INDEX (redacted version)
Exhibit {count} - clinic policy {policy}; Exhibit {line} - billing summary, {money}; Exhibit {option} - CPT {cpt}, ICD-10 {icd}. Reporter's page rate {money}.""",
    """DICTATION TIPS FOR NEW RESIDENTS
Say "period" and "new paragraph". Spell drug names that sound alike (Celebrex/Cerebyx). Say numbers as digits: "{drug_said}". Dictate vitals as "{bp_said}". Keep each job under {dur2}.""",
    """Haitian Creole phrase card
"Èske w gen lafyèv?" - Do you have a fever?
"Pran {drug} chak maten." - Take {drug} every morning.
"Tansyon ou se {bp}." - Your blood pressure is {bp}. Interpreter line: press {option}.""",
    """Arabic (transliterated) triage phrases
"Fi 'indak waja' fi sadrak?" - Chest pain? "Kam 'umrak?" - How old are you? (answer e.g. "{age_words}"). Pain score {pain}. Queue {queue}.""",
    """Scheduling block template - cardiology
{time}-{time2} new patients ({cpt}); follow-ups {count} per session; echo {cpt}. Copay estimate {copay}; self-pay {money}. No appointments booked during {eponym} clinic.""",
)
