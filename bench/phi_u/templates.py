"""Document styles of set U: research, genomics and data exchange.

``{key}`` is filled from ``values.identifiers`` (typed: gold spans) and ``values.lookalikes``
(untyped filler). No brace appears in the text itself.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "u_trial_screening_enrolment_log": (
        """SCREENING & ENROLLMENT LOG  Protocol {protocol} ({nct})  Site {site_no}  Page {pages} of 14
PI: {pi_full}, MD     Log maintained by: {coord_init}

Scr#,Subj initials,Screen date,Age,Sex,Outcome,Reason / criterion,Subject ID,Consent ver
{screen_no},{pt_initials},{screen_date},{age},{pt_sex},ENROLLED,meets I1-I9; {ecog},{subj_id},{consent_ver}
SCR-auto,---,---,{age2},F,SCREEN FAIL,E4 {lab2},---,{consent_ver2}
SCR-auto,---,---,{age3},M,DECLINED,travel burden,---,{consent_ver2}

Comment ({coord_first}, {time2}): subject's MRN {mrn} verified against EHR; randomised {enrol_date} to {arm}, rand # {rand_no}. Ref clinic contact {phone}.
Monitor reviewed: {cra_full} / CRA initials ___ / {visit_date}""",
        """ENROLMENT LOG — {org}
Study {protocol} | Site# {site_no} | Coordinator {coord_full} ({coord_email})

| Subject | Name (site copy only) | DOB | MRN | Consent | Enrolled | Status |
|---|---|---|---|---|---|---|
| {subj_id} | {pt_lfm} | {dob_us} | {mrn} | {consent_date} | {enrol_date} | Active, {visit_name} |

Pre-screen notes: referred by {subi_full} from {facility} on {screen_date}; {pt_first} has {eponym} ({icd10}) and a confirmed {variant}. Lives in {city}, {state} — 2 h drive; travel stipend {money} per visit approved per {sop}.
Eligibility checklist version {consent_ver}; {ecog}; {lab}.""",
        """*** PRE-SCREEN CALL LOG ***  {protocol}  site {site_no}
Caller: {coord_full}     Date/time: {screen_date} {time}
Pt: {pt_caps_full}   DOB {dob}   MRN {mrn}   ph {phone}
Source: EHR query (ICD {icd10}, CPT {cpt}) + tumour board list.
Spoke with pt and spouse {spouse_first}. Pt aged {age}, {ecog}, on {drug}. Interested; prefers contact at {email} or evenings on {phone2}.
Outcome: scheduled screening visit {visit_date} {time2}, {room}. Assigned screening # {screen_no}.
Not eligible for companion study (excl. prior {brand}).""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "u_reconsent_signature_page": (
        """RE-CONSENT — SIGNATURE PAGE
Study: {protocol} / {irb_no}   Consent version {consent_ver} ({amend_no}, new risk: {meddra_pt})

Participant name (print): {pt_caps_full}
Participant signature: ______________________   Date: {reconsent_date}   Time: {time}
Study ID: {subj_id}          MRN: {mrn}

Person obtaining consent: {coord_full}   Date: {reconsent_date}
Witness (required — participant reads below 6th-grade level): {rn_full}
Legally authorised representative: N/A

Originally consented {consent_date} on {consent_ver2}. Re-consented at {visit_name} visit in {room}. Copy given to participant; original filed per {sop}.""",
        """Research Re-Consent Note — {facility}
{pt_full} (DOB {dob}; MRN {mrn}) was re-consented today, {reconsent_date}, to {protocol} consent {consent_ver} following {amend_no}, which adds {meddra_pt} ({ctcae_ver}) as an identified risk of {drug}. {pt_pron} reviewed the changes with me for ~20 minutes, asked about {pt_pos} {sib_rel} {sib_first}'s eligibility for the family sub-study, and signed without coercion. LAR not required. Witness: {rn_init}.
Current status: {cycle}, {lab}. Next visit {visit_date}.
— {coord_full}, CCRP  |  {coord_email}  |  {phone}""",
        """CONSENTEMENT / RE-CONSENT LOG (bilingual site)
Sujet / Subject: {subj_id}      Nom / Name: {pt_lf}
Date de naissance / DOB: {dob}
Version initiale / Original version: {consent_ver2} signée le {consent_date}
Nouvelle version / New version: {consent_ver} signée le {reconsent_date}
Interprète / Interpreter: {rn_full} (ID interprète {employee_id})
Adresse pour copie postale / mailing copy to: {street}, {unit}, {city} {state} {zip}
Notes: participant choisit l'option 4b (re-contact for future genomic research) = OUI; option 5 (return of secondary findings, {gene}) = NON.""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "u_econsent_audit_trail": (
        """eConsent audit trail — envelope {linkage_key2}
platform build {ver_str} | study {protocol} | form {consent_ver}
ts={upload_dt} event=LINK_SENT to={email} url={url}
ts={query_dt} event=OPENED ip={ip} ua="Mobile Safari 17"
ts={query_dt} event=IDENTITY_CHECK method=KBA+DL dl_no={dl} result=PASS
ts={query_dt} event=SIGNED signer="{pt_full}" dob={dob_iso} subject={subj_id}
ts={query_dt} event=COUNTERSIGN signer="{coord_full}" ip={ip2}
ts={receipt_dt} event=PDF_FILED mrn={mrn} doc_pages={pages}
# comprehension quiz 9/10; time on form 00:{days} min""",
        """E-CONSENT EXCEPTION REPORT  ({org})
Participant: {pt_fml}  |  Subj {subj_id}  |  Mobile {phone}
Issue: signature completed from two different addresses — {ip} (home, {city}) and {ip2} (clinic wifi). Biometric signature-pad capture {fp_id} on file from in-person visit {consent_date}.
Resolution: {coord_init} called participant {visit_date} {time2}; participant confirmed both sessions were {pt_pos}. Re-sent link {url} for the HIPAA authorisation section only.
Ref: {policy}, {cfr}. No protocol deviation per {role}.""",
        """Remote consent session — video verification
Session ID {case_no} | recorded {upload_dt}
Participant shown government ID; DL {dl} ({state}); face matched to enrolment photo {photo}.
Palm-vein enrolment template {iris_id} created for future kiosk check-in (optional item 7, initialled).
Legal name {pt_full}; preferred name "{pt_nick}". Address confirmed: {street}, {city}, {state} {zip}.
Consent {consent_ver} for {protocol}; staff {coord_full} ({coord_email}).""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "u_biobank_shipping_manifest": (
        """BIOREPOSITORY SHIPMENT MANIFEST           {org}
Ship date {collect_date}   Airbill 7{count}-{count2}   Shipper: {lab_tech_full}   Box temp {temp_store}
Courier vehicle plate {plate}   Data logger {kit_lot2}

SPECIMEN ID          PARTICIPANT   COLLECTED          TYPE                         VOL      POS
{aliquot1}     {subj_id}     {collect_dt}   {specimen_type}   {volume}   {freezer_short}
{aliquot2}     {subj_id}     {collect_dt}   {specimen_type}   {volume}   {freezer_short}

Receiving: {org2}  Attn {labdir_full}  tel {phone}
Kit lot {kit_lot} ({ref_no}). {n_aliquots} aliquots total. Deviations: none.""",
        """Biobank manifest (CSV export) — protocol {protocol}
specimen_id,subject_id,last_name,dob,collection_dt,site,type,freezer_position,consent_future_use
{specimen_id},{subj_id},{pt_trunc},{dob_iso},{collect_dt},{site_no},"{specimen_type}","{freezer}",Y
# exported by {lab_tech_init} on {receipt_date}; NOTE name/DOB columns must be dropped before release to {org}
# ref kit {kit_lot}; SOP {sop}""",
        """PARTICIPANT SPECIMEN RECEIPT — DEPOSIT TO BIOBANK
Donor: {pt_lf}   MRN {mrn}   Subject {subj_id}
Drawn by {rn_full} at {facility}, {collect_dt}
Received {receipt_dt} by {lab_tech_init}; processed within {hours}.
Accession {accession}; derivatives {aliquot1}, {aliquot2} ({specimen_type}).
Storage {freezer}. Identity check at draw: fingerprint template {fp_id} matched.
Consent tier: future unspecified research YES; genomic data sharing (dbGaP) YES; recontact NO.""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "u_biobank_withdrawal_request": (
        """Withdrawal of consent & specimen destruction request
To: {org} biorepository ({labdir_email})
From: {coord_full}, {facility}
Date: {letter_date}

Participant {pt_full} (subject {subj_id}, DOB {dob}) telephoned on {visit_date} from {phone} and asked that all remaining samples be destroyed and no further data be shared. Already-distributed data (dbGaP release {year3}) cannot be recalled; participant informed.
Please destroy: {aliquot1}, {aliquot2} and any derivatives of {accession}.
Confirm destruction by fax to {fax}. Ref {sop}; {cfr}.""",
        """BIOBANK — DESTRUCTION CERTIFICATE
Request rec'd {receipt_date}   Ticket {case_no}
Participant: {pt_caps}   Subj {subj_id}   Linkage key {linkage_key}
Items destroyed: {n_aliquots} vials ({specimen_type}) from {freezer}; autoclave cycle {count}.
Destroyed by {lab_tech_full} on {report_date}; witnessed by {labdir_init}.
Linkage key retired in honest-broker table on {report_date}. Data already released to {org2} remain under {dua_ver}.
Copy mailed to participant: {street}, {unit}, {city}, {state} {zip}.""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "u_cytogenetics_karyotype_label": (
        """[LABEL SCAN 1/3 — OCR]
CYTOGENETICS LAB   PACIFIC CYTOGENETICS CORE
{pt_ocr}
DOB {dob_ocr}   MRN {mrn_ocr}
ACC {accession2}   {specimen_type}
Rec'd {receipt_date}  Tech {lab_tech_init}
[LABEL SCAN 2/3]
CULTURE 72h  PHA  Flask 2 of 3   {accession2}
[LABEL SCAN 3/3]
HARVEST {report_date}   {band}   {cells}""",
        """CYTOGENETICS REPORT (final)
Patient: {pt_lfm}    MRN: {mrn}    DOB: {dob}    Sex: {pt_sex}
Referring: {subi_full}, {facility}    Fax {fax}
Accession {accession2}; specimen {specimen_type} collected {collect_date}.
Result: {karyotype} [{cells}]; FISH {fish}.
Interpretation: findings consistent with {eponym}. Recommend genetic counselling; {pt_pos} {child_rel} {child_first} may be offered targeted testing.
CPT {cpt} x1, {cpt2}. Electronically signed {report_date} {time} by {labdir_full}, PhD, FACMG.""",
        """SPECIMEN LABEL TRANSCRIPTION (labels photographed at accessioning)
Tube 1: "{pt_caps}  {dob_us}  {mrn}  NaHep  {collect_dt}"
Tube 2: "{pt_caps}  {accession2}  BM ASP"
Requisition stamp: {facility} ONCOLOGY — {phone}
Indication: {icd10}; r/o {karyotype}
Discrepancy: tube 2 lacks DOB — second identifier taken from requisition ({pt_first}, {dob_us}) per {sop}; called {rn_init} at {time2}.""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "u_surgpath_cassette_label_batch": (
        """HISTOLOGY CASSETTE PRINT BATCH  {time3}
Printer HIST-PR-{site_no2}  Ribbon {kit_lot}
{block_id}  {pt_trunc}  {accession}
{block_b1}  {pt_trunc}  {accession}
{block_b2}  {pt_trunc}  {accession}
Case owner: {path_init}     Gross: {lab_tech_full}
Specimen: {specimen_type}; {icdo_topo}
Recut request for biobank: 10 unstained slides from {block_id} to {org}, ref subject {subj_id}.""",
        """SURGICAL PATHOLOGY — SLIDE/BLOCK RELEASE FOR RESEARCH
Case {accession}   Pt {pt_lfm}   MRN {mrn}   DOB {dob}
Surgery {surgery_date} at {facility}; surgeon {subi_full}
Dx: {icdo_morph}, {stage}; {grade}; {er_pr}
Released: block {block_id} (tumour %: {pct}) to study {protocol}, subject {subj_id}
Released by {path_full}, MD ({med_lic}) on {report_date}
Return by: 90 days. Tracking {case_no}.""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "u_gc_pedigree_narrative": (
        """GENETIC COUNSELLING — PEDIGREE SUMMARY
Proband: {pt_full}, {pt_age}, {pt_sex_word}; DOB {dob_adult}; MRN {mrn}
Counsellor: {gc_full}, MS, CGC (lic {gc_lic})   Session {visit_date}, {time2}
Family ID {family_id}   Ancestry: {ancestry}

Maternal: mother {mother_full} (b. {mother_dob}) breast ca dx {age_dx}, alive. Maternal grandmother {mgm_full} — ovarian ca, died {mgm_dod} aged {age90}. Maternal aunt {aunt_full} — pancreatic ca dx {age_dx2}, d. {aunt_dod}.
Paternal: father {father_full}, healthy, {age2}. Paternal grandfather {pgf_full}, prostate ca, d. {pgf_year} (age unknown).
Siblings: {sib_rel} {sib_first} (DOB {sib_dob}), untested. Cousin {cousin_full} reportedly carries {variant}.
Risk models: {score}. Plan: {panel}; discussed {eponym} and {risk} inheritance. Pedigree drawn in Progeny, link {url2}.""",
        """Pedigree notes (dictated, {gc_init})
Pt {pt_first} {pt_last} came with {pt_pos} mother {mother_first} and aunt {aunt_first}. {mgm_first} (MGM) is still living in {city2}, now {age90}, had breast ca at {age_dx} — family asking whether she can be tested; she lives at {street2} and can be reached via {aunt_first} at {phone2}.
Known familial variant: {variant} ({hgvs_p}), {acmg}; originally found in cousin {cousin_first} {cousin_last} at {facility2}.
Pt's children: {child_first} (b. {child_dob}). Letter for relatives to be mailed.
Codes: {icd10}, {icd10b}; counselling {cpt} x {count2} units.""",
        """FAMILY HISTORY — structured (3 generations)
ID | Relation | Name | Status | Dx (age)
I-1 | MGF | unknown | d. {year2} | —
I-2 | MGM | {mgm_full} | d. {mgm_dod}, age {age90b} | ovarian ca ({age_dx2})
II-2 | Mother | {mother_full} | living | breast ca ({age_dx})
II-3 | M aunt | {aunt_full} | d. {aunt_dod} | {eponym}
III-1 | Proband | {pt_lf} | living, DOB {dob} | carrier {variant}
III-2 | {sib_rel} | {sib_full} | living | not tested
Counsellor: {gc_full}; fam file {family_id}; MRN {mrn}""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "u_family_cascade_testing_letter": (
        """{facility} — Cancer Genetics Program
{street2}, {city2}, {state2} {zip2}   Tel {phone}   Fax {fax}

{letter_date}

Dear relative of {pt_full},

Your relative has asked us to share this letter. Genetic testing found a change in the {gene} gene ({variant}; {transcript}) that increases the risk of some cancers. Relatives such as parents, brothers, sisters and children have a {risk} chance of carrying the same change.
Testing for a known familial variant costs about {money} and is often covered. Please bring this letter (family reference {family_id}) to your doctor or call our counsellor {gc_full} ({gc_email}).

Sincerely,
{gc_full}, MS, CGC   License {gc_lic}""",
        """CASCADE TESTING TRACKER — family {family_id}  (proband {pt_lf}, MRN {mrn})
relative | relationship | contact | letter sent | tested | result
{mother_full} | mother | {phone2} | {letter_date} | yes, {report_date} | {acmg}
{sib_full} | {sib_rel} | {email2} | {letter_date} | scheduled {visit_date} | —
{child_full} | {child_rel} | via proband | {letter_date} | age {age_child}, defer | —
{mgm_full} | MGM, {age90} | {street2}, {city2} | declined letter | no | —
Uptake so far {pct_small}. Counsellor {gc_init}.""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "u_tumour_registry_abstract": (
        """CANCER REGISTRY ABSTRACT (NAACCR v24 layout, partial)
Accession-Year {registry_no}   Seq 00   Reporting facility: {facility}
Name--Last: {pt_caps}
Name--Maiden: {mother_maiden}
Addr at DX--No & Street: {street_caps}
Addr at DX--City: {city_caps}   State: {state}   Postal: {zip}   County: {county}
SSN: {ssn}    Medical Record Number: {mrn}
Birth Date: {dob_compact}    Date of Diagnosis: {dx_compact}
Primary Site: {icdo_topo}   Histology/Behavior: {icdo_morph}   Grade: {grade}
Summary stage: {stage}; {er_pr}
Primary Payer at DX: Medicare, MBI {mbi}
Managing physician NPI {npi}   Abstractor {dm_init}   Date abstracted {report_date}""",
        """Registry follow-up abstract — patient aged {age90} at last contact
Pt: {pt_lf}   DOB {dob_old}   Reg # {registry_no}
Vital status: deceased {pt_dod}; cause {icd10}. Death cert. via state vital records.
Last contact address: {street}, {city}, {county}
Next of kin: {child_full} ({child_rel}), {phone}
Treatment summary: surgery {surgery_date} at {facility}; {drug} started {visit_date}.
Follow-up source: {org} linkage; insurer member ID {member_id}.
Abstracted by {dm_full}, CTR.""",
        """TUMOR REGISTRY — CASE FINDING LIST (pathology feed)  run {time}
acc_no|mrn|pt_name|dob|site|hist|path_date|reportable
{accession}|{mrn}|{pt_hl7}|{dob_compact}|{icdo_topo}|{icdo_morph}|{report_compact}|Y
{accession2}|{mrn2}|{pt_hl7}|{dob_compact}|C77.3|8000/6|{dx_compact}|Y (mets)
-- duplicate check: same pt at {facility2} MRN {mrn3}; {pt_pos} age {age}.""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "u_rare_disease_registry_intake": (
        """RARE DISEASE NATURAL HISTORY REGISTRY — PARTICIPANT INTAKE
Registry ID {registry_no}    GUID {guid}
Participant: {pt_fml}   DOB {dob_kid}   Sex {pt_sex}
Parent/guardian: {mother_full} (mother), mobile {phone}, email {email}
Home: {street} {unit}, {city}, {state} {zip}
Diagnosis: {cond} — {variant} / {variant2} ({zyg}); dx confirmed {dx_date} at {facility}
Insurance: Medicaid {medicaid}
Treating physician: {subi_full}, NPI {npi}
Clinical photos uploaded (optional module): {photo}, {photo2}
Therapies: {drug}; {brand}. Implanted device: intrathecal port, serial {device_sn}.""",
        """Registry intake call — {org}
Called {mother_first} {mother_last}, mother of {pt_first} (DOB {dob_kid}), on {visit_date}.
{pt_first} was diagnosed with {eponym} at age {kid_age} after {panel}; {variant}. Family lives in {city}, {county}; nearest center {facility}.
Consents to data sharing with {org2}; declines photo module. SSN not collected (optional field left blank) — mother volunteered {ssn_dash} for the state assistance form, recorded here in error, to be purged per {policy}.
Enrolled registry ID {registry_no}. Follow-up survey link {url} sent to {email}.""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "u_sae_initial_report_form": (
        """SERIOUS ADVERSE EVENT REPORT — INITIAL   (fax within 24 h to Sponsor Safety {fax})
Protocol {protocol}   Site {site_no}   Investigator {pi_full}, NPI {npi}
Subject ID {subj_id}   Initials {pt_initials}   Age {age90}   Sex {pt_sex}   Weight {weight}
Event term (MedDRA PT): {meddra_pt} ({meddra_code})   {ctcae} ({ctcae_ver})
Onset {ae_onset_date}   Hospitalised {ae_onset_date} at {facility}, MRN {mrn}, FIN {fin}
Outcome: recovering   Resolved: {ae_resolved_date}
Study drug: {drug}; last dose {cycle}; action: interrupted
Relatedness (PI): possibly related. Labs: {lab}; {lab2}.
Reporter: {coord_full}  {phone}  {coord_email}
Sponsor case no. {safety_id}""",
        """SAE narrative (follow-up #{count2})
Subject {subj_id}, a {pt_age}-year-old {pt_sex_word} enrolled {enrol_date} in {arm}, presented to the ED at {facility} on {ae_onset_date} with {meddra_pt}. Vitals BP {bp}, HR {hr}, T {temp}, SpO2 {spo2}. Admitted (MRN {mrn2}); treated per {role2}. {pt_pron} was discharged {ae_resolved_date}. Spouse {spouse_full} reports onset after dose on {visit_date}.
Seriousness: hospitalisation. Expectedness per IB: unexpected → {cfr} expedited.
Sponsor safety ID {safety_id}; MedWatch {form_no}. Narrative by {sponsor_full}, MD.""",
        """SAE — DEATH
Subject {subj_id} ({pt_lf}) died {pt_dod} at home in {city}. Age {age90_word}. Cause per death certificate: {meddra_pt}. Last study visit {visit_date}; {drug}.
Informant: {child_full}, {child_rel}, {phone2}.
PI assessment {pi_init}: unlikely related. Autopsy: no.
Reported to IRB ({irb_no}) on {report_date}; to sponsor ({sponsor_email}) same day, case {safety_id}.""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "u_ae_log_listing": (
        """ADVERSE EVENT LOG — Subject {subj_id} ({pt_initials})   Protocol {protocol}   Site {site_no}
#  | AE term                  | Onset        | Stop         | Gr | SAE | Rel | Action
1  | {meddra_pt}              | {ae_onset_date}   | {ae_resolved_date} | {ctcae} | N | poss | dose held
2  | Nausea                   | {visit_date} | ongoing      | 1  | N | prob | none
3  | Anemia ({lab})           | {report_date} | {letter_date} | 2 | N | unrel | none
PI sign-off: {pi_full} {pi_init} date {irb_date}
Source: clinic notes, MRN {mrn}.""",
        """AE listing export (EDC) — {protocol} — generated {upload_dt}
SUBJID;AETERM;AEDECOD;AESTDTC;AEENDTC;AETOXGR;AESER
{subj_id};{meddra_pt};{meddra_code};{ae_onset_iso};{ae_resolved_iso};{ctcae};N
{subj_id};{meddra_pt};{meddra_code};{visit_iso};;1;N
# query opened by {cra_full}: AESTDTC precedes first dose ({enrol_date}) — please verify against {facility} ED note (FIN {fin}).""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "u_irb_correspondence_letter": (
        """INSTITUTIONAL REVIEW BOARD
{street2}, {city2}, {state2} {zip2} · Phone {phone3} · Fax {fax2}

{irb_date}

{pi_full}, MD
{facility}

RE: {irb_no} — "{protocol}: {panel} in {eponym}" — Reportable New Information

Dear Dr. {pi_last},
The IRB reviewed your report of a privacy incident dated {report_date}: an unencrypted spreadsheet listing participant {pt_full} (subject {subj_id}, MRN {mrn}) was e-mailed to {email2}. The Board determined this is non-compliance that is not serious or continuing. Please notify the participant in writing and retrain staff per {policy}.
Continuing review approval remains valid; {consent_ver} stamped.
{irb_full}, Chair""",
        """From: {irb_email}
To: {pi_email}; {coord_email}
Sent: {letter_date} {time2}
Subject: {irb_no} modification — linkage to state registry

Dr. {pi_last}, the modification to link participants to {org} by name, DOB and SSN is approved with conditions: the linkage file must be sent via SFTP, not e-mail, and the crosswalk destroyed within {days} days. Example row you attached (please never do this again): "{pt_caps}, {dob_us}, {ssn}, {subj_id}".
Please resubmit the data flow diagram by {visit_date}. Questions: {irb_first}, {phone}.
— {irb_full}, IRB analyst""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "u_dua_linkage_key_exhibit": (
        """DATA USE AGREEMENT — EXHIBIT C: LINKAGE KEY SPECIFICATION ({dua_ver})
Provider: {facility}      Recipient: {org}
Limited data set per {cfr}. Direct identifiers removed EXCEPT as listed in Exhibit D.
Key = HMAC-SHA256(secret, upper(last)|dob|sex), truncated to 32 hex.
Worked example supplied by provider (to be destroyed after validation):
  input  : {pt_caps} | {dob_iso} | {pt_sex}
  key    : {linkage_key}
  study  : {subj_id}
  zip3   : {zip3}  (5-digit ZIP {zip5} suppressed)
Provider contact: {privacy_full}, Privacy Officer, {privacy_email}, fax {fax}
Effective {irb_date}; term 3 years.""",
        """EXHIBIT D — CROSSWALK (RESTRICTED; honest broker copy only)
linkage_key,subject_id,mrn,hie_id,last,first,dob
{linkage_key},{subj_id},{mrn},{hie_pid},{pt_last},{pt_first},{dob_iso}
{linkage_key2},{screen_no},{mrn2},,{sib_last},{sib_first},{sib_dob}
Held by {broker_full}; file hash logged; access from {ip} only.
Row count check: provider {num_rows}, recipient {num_rows}.""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "u_hie_patient_discovery_response": (
        """HIE PATIENT DISCOVERY — QUERY RESULT
Query by: {hie_full} ({hie_email})   at {query_dt}   from {ip}
Purpose of use: RESEARCH (IRB waiver {irb_no})
Demographics sent: {pt_caps} | DOB {dob_us} | {pt_sex} | ZIP {zip5} | SSN {ssn}
Match: PROBABLE (score 0.{count2})
Returned identity:
  Name      {pt_lfm}
  Address   {street}, {city}, {state} {zip}
  Phone     {phone}
  MPI       {empi}
  Plan      member {member_id}, group {group_no}
Documents available: {count}. Retrieve: {url2}""",
        """XCPD response (rendered) — {org}
<subject>
  <id root="{oid_root}" extension="{mrn}"/>
  <id root="2.16.840.1.113883.4.1" extension="{ssn_dash}"/>
  <name><given>{pt_first}</given><family>{pt_last}</family></name>
  <birthTime value="{dob_old_compact}"/>
  <addr><streetAddressLine>{street}</streetAddressLine><city>{city}</city><postalCode>{zip}</postalCode></addr>
  <telecom value="tel:{phone_digits}"/>
</subject>
<custodian>{facility}</custodian>
<!-- requested {query_dt} by {hie_init}; age at query {age90} flagged >89 -->""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "u_record_locator_listing": (
        """RECORD LOCATOR SERVICE — facilities holding records for EMPI {empi}
Patient {pt_lf}   DOB {dob}
#  Facility                               Local MRN     Last encounter   Encounter/FIN
1  {facility}        {mrn}      {visit_date}     {fin}
2  {facility2}       {mrn2}     {dx_date}        —
3  {facility3}       {mrn3}     {surgery_date}   —
Requested by {hie_full} for study {protocol} (chart abstraction) at {query_dt}.
Note: entry 3 matched on name+DOB only — possible overlay with {sib_full}.""",
        """RLS lookup log
{query_dt} user={hie_email} src_ip={ip} action=LOCATE pid={hie_pid}
 -> {facility} mrn={mrn} enc={fin} last={visit_iso}
 -> {facility2} mrn={mrn2} last={dx_iso}
{query_dt} user={hie_email} src_ip={ip} action=RETRIEVE doc={doc_id}
policy={policy} purpose=TREATMENT (!) — flagged by {privacy_full}: research query used treatment purpose.""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "u_cda_clinical_document_export": (
        """<ClinicalDocument>
 <templateId root="2.16.840.1.113883.10.20.22.1.1"/>
 <effectiveTime value="{report_compact}"/>
 <recordTarget><patientRole>
  <id root="{oid_root}" extension="{mrn}"/>
  <addr use="HP"><streetAddressLine>{street}</streetAddressLine><city>{city}</city><state>{state}</state><postalCode>{zip}</postalCode></addr>
  <telecom use="MC" value="tel:{phone}"/>
  <telecom value="mailto:{email}"/>
  <patient><name><given>{pt_first}</given><family>{pt_last}</family></name>
   <administrativeGenderCode code="{pt_sex}"/><birthTime value="{dob_compact}"/></patient>
 </patientRole></recordTarget>
 <participant typeCode="HLD"><id extension="{member_id}"/></participant>
 <componentOf><encompassingEncounter><id extension="{fin}"/></encompassingEncounter></componentOf>
 <observation><code code="{loinc}" codeSystem="{oid_root2}"/><value>{variant} {zyg}</value></observation>
</ClinicalDocument>""",
        """CDA section export (flattened)
recordTarget.id@extension={mrn}
recordTarget.name.given={pt_first}
recordTarget.name.family={pt_last}
recordTarget.birthTime={dob_compact}
recordTarget.addr.city={city}
recordTarget.addr.postalCode={zip5}
author.assignedPerson.name={gc_full}
author.id@root=2.16.840.1.113883.4.6 author.id@extension={npi}
participant.device.id={udi}
observation.code={loinc} value="{acmg}" gene={gene} hgvs={hgvs_c}
documentationOf.serviceEvent.effectiveTime={report_compact}
custodian={facility}""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "u_research_keyvalue_export": (
        """# extract {protocol} v{ver_str} — key=value, one record
record_type=PARTICIPANT
subject_id={subj_id}
name_last={pt_last}
name_first={pt_first}
dob={dob_iso}
sex={pt_sex}
age_at_consent={age}
addr_line1={street}
addr_city={city}
addr_zip={zip}
phone_home={phone}
email={email}
mrn={mrn}
consent_version={consent_ver}
consent_date={consent_iso}
variant={variant}
rsid={rsid}
icd10={icd10}
site={site_no}
# end record""",
        """PARTICIPANT|subj={subj_id}|mrn={mrn}|name={pt_hl7}|dob={dob_compact}|zip={zip5}|enrol={enrol_compact}
SPECIMEN|subj={subj_id}|spec={specimen_id}|type={specimen_type}|coll={collect_dt_compact}|lot={kit_lot}
DEVICE|subj={subj_id}|model={device_brand}|serial={device_sn}|fw={firmware}
CONTACT|subj={subj_id}|alt_contact={spouse_full}|alt_phone={phone2}
LAB|subj={subj_id}|loinc={loinc}|result={lab}|dt={visit_compact}
AUDIT|user={dm_email}|host={ip}|ts={upload_dt}""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "u_cohort_extract_sheet": (
        """Cohort extract: {eponym} carriers — sheet 1 of 3 (IDENTIFIED; do not share outside honest broker)
row | mrn | name | dob | age | zip | payer id | encounter | variant
1 | {mrn} | {pt_lf} | {dob_old_us} | {age90} | {zip} | {member_id} | {fin} | {variant}
2 | {mrn2} | {sib_full} | {sib_dob} | {age2} | {zip2} | — | — | {variant}
3 | (excluded: age {age3}, no consent)
Query by {dm_full}; {num_rows} rows scanned; criteria ICD {icd10} OR CPT {cpt}; filter year >= {year3}.""",
        """COHORT_EXTRACT_{protocol}.csv (first rows)
"MRN","LAST","FIRST","DOB","SSN","SEX","ZIP","MBI","DX_CODE","DX_DATE","AGE_AT_DX"
"{mrn}","{pt_last}","{pt_first}","{dob_iso}","{ssn}","{pt_sex}","{zip5}","{mbi}","{icd10}","{dx_iso}","{age_dx}"
"{mrn2}","{sib_last}","{sib_first}","{sib_dob}","","{pt_sex}","{zip2}","","{icd10b}","{visit_iso}","{age_dx2}"
-- generated by {dm_init} on {report_date}; {fields_n} columns total; destination {org}.""",
        """Cohort extract — limited data set (LDS) check
Requested fields: year of birth, ZIP3, dates of service. Delivered file also contained: full DOB ({dob}), street ({street}), town ({city}) and patient account {acct} for row for subject {subj_id} — corrected file re-sent {letter_date}.
Reviewer {privacy_full}; ticket {case_no}; {policy}.""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "u_deid_removal_audit_worksheet": (
        """DE-IDENTIFICATION AUDIT WORKSHEET — batch {count} ({protocol})
Auditor: {broker_full}     Date: {report_date}     Method: Safe Harbor (45 CFR 164.514(b)(2))
Sample record {subj_id} — items found and removed:
 A  Name ............ "{pt_full}", "{spouse_first}" (spouse in social hx)
 B  Geography ....... "{street}", "{city}", "{zip}"
 C  Dates ........... "{dob_old}", "{dx_date}"; age "{age90}" → "90+"
 D/E Phone/fax ...... "{phone}", "{fax}"
 F  Email ........... "{email}"
 G  SSN ............. "{ssn}"
 H  MRN ............. "{mrn}"
 M  Device serial ... "{device_sn}"
 O  IP .............. "{ip}"
 P  Biometric ....... voice sample "{voice_id}"
 Q  Photo ........... "{photo}"
Retained (not identifiers): {variant}, {rsid}, {icd10}, {lab}, year {year}, age {age}.""",
        """De-id QA — residual identifiers found after automated scrub (file {num_rows} rows)
rec {subj_id}: free-text "seen by Dr {subi_last} at {facility}" — name + facility not removed
rec {subj_id}: "plan ID {member_id}" retained in billing note
rec {subj_id}: "{pt_first} reports {pt_pos} pump ({device_sn2}) alarmed" — first name + serial
rec {subj_id}: date "{visit_date}" in a lab comment; photo file "{photo2}" in attachment list
False alarms reviewed and kept: {gene} {hgvs_c}, {ndc}, {kit_lot}, {room}, {time}.
Auditor {broker_init}; URL of flagged doc {url}.""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "u_wearable_study_device_log": (
        """REMOTE MONITORING STUDY — DEVICE LOG   ({device_brand}, {sample_rate})
Participant {subj_id} ({pt_first})   Device S/N {device_sn}   BT MAC {mac}
{upload_dt}  SYNC ok  battery {battery}  {firmware}  from {ip}
{query_dt}  SYNC fail x3 — participant phoned {phone}; helped re-pair
{receipt_dt}  WEAR {wear_pct}  steps {steps}  HR rest {hr}
Gait template re-enrolled: {gait_id}
Alerts routed to {rn_full} ({rn_email}). Portal {url}.""",
        """Device issue/return form
Study {protocol}; participant {pt_full} (subj {subj_id}); address for replacement: {street}, {unit}, {city} {state} {zip}
Returned unit serial {device_sn}; replacement UDI {udi}
Return reason: strap broke; data gap {visit_date} to {report_date}
Shipped by {lab_tech_init}; stock {kit_lot} (not patient-specific)
Last CGM reading before return: glucose {glucose} mg/dL at {time}.""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "u_germline_variant_report": (
        """{org} — CLIA {clia}
GERMLINE GENETIC TEST REPORT
Patient: {pt_lfm}     DOB: {dob}     Sex: {pt_sex}     MRN: {mrn}
Accession: {accession2}     Specimen: {specimen_type}     Collected: {collect_date}     Received: {receipt_date}
Ordering provider: {gc_full} (NPI {npi}), {facility}   Fax: {fax}
Test: {panel} ({build})
RESULT: POSITIVE — {gene} {hgvs_c} ({hgvs_p}), {zyg}, {acmg}; {transcript}; {clinvar}; depth {depth}, VAF {vaf}
Also reported: {rsid2} (pharmacogenomic, informational)
Billing: account {acct}; claim {claim}; CPT {cpt}
Signed {report_date} by {labdir_full}, PhD (lic {med_lic})""",
        """VARIANT RECLASSIFICATION NOTICE
To: {gc_full} ({gc_email}), fax {fax}
Re: {pt_caps}, DOB {dob_us}, accession {accession2}
The variant {variant} ({chrpos}, {build}), previously reported on {report_date} as VUS, is now {acmg}. Relatives previously tested at our laboratory under family {family_id}: {mother_full}, {sib_full}.
Amended report issued {letter_date}. Questions: {labdir_full}, {phone3}.""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "u_participant_stipend_ledger": (
        """PARTICIPANT PAYMENT LEDGER — {protocol}   fiscal {year3}
Payee: {pt_fml}   Subject {subj_id}
W-9 on file: SSN {ssn}   Mailing {street}, {city} {state} {zip}
Reloadable card acct {card}
Visit         | Date          | Amount  | Mileage
{visit_name}  | {visit_date}  | {money} | 84 mi
Week 12       | {report_date} | {money2} | 84 mi
Parking validation plate {plate}; research billing acct {acct}
YTD total under IRS 1099 threshold. Processed by {coord_init}.""",
        """Reimbursement request — travel
Participant: {pt_full}; subj {subj_id}; phone {phone}
Drove own car VIN {vin}, plate {plate}; {count} miles round trip x {count2} visits.
Lodging at Ronald McDonald House for {pt_pos} {child_rel} {child_first} (age {age_child}).
Pay to prepaid card {card}. ID verified by driver's licence {dl}.
Approved {coord_full} {letter_date}; budget line {revcode}, {money}.""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "u_specimen_courier_custody_form": (
        """CHAIN OF CUSTODY — RESEARCH SPECIMEN TRANSPORT
Released by: {rn_full}, {facility}, {collect_dt}
Courier: {courier_full}   Vehicle: plate {plate} / VIN {vin}   Driver lic {dl}
Received by: {lab_tech_full}, {org}, {receipt_dt}
Contents: {accession}, {aliquot1}, {aliquot2} (subj {subj_id}); temp log {temp_store}
Seal #{count} intact Y. Dispatcher tel {phone}; fax confirmations to {fax}.""",
        """Courier pickup note
{time2} picked up cooler from {facility} dock ({street2}, {city2}); driver {courier_first} ({phone2}), van {plate}.
Cooler holds specimens for {pt_caps} / {subj_id} / {accession}. Delivered {receipt_dt}, signed {lab_tech_init}.
Temperature excursion none; data logger {kit_lot2}.""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "u_study_coordinator_email_chain": (
        """From: {coord_full} <{coord_email}>
To: {cra_email}
Cc: {pi_email}
Date: {letter_date} {time2}
Subject: RE: {protocol} site {site_no} — source for subject {subj_id}

Hi {cra_first},
Uploaded the redacted {cycle} source. One page still showed the name {pt_full} and MRN {mrn}; I've replaced it. The ED note from {facility} (visit {ae_onset_date}) is in the portal: {url}
Our research billing account for {pt_pos} visits is {acct}; the insurer denied claim {claim} for the {cpt} — we'll re-bill to the study.
Thanks, {coord_first}
x {ext} / cell {phone}

> On {visit_date}, {cra_full} wrote:
> Please provide source for AE "{meddra_pt}" and confirm DOB ({dob}) matches the CRF.""",
        """Received: from mail.example.org ({ip2}) by mx.research.example.com; {upload_dt}
From: {pt_full} <{email}>
To: {coord_email}
Subject: can't make {visit_name}

hi {coord_first}, its {pt_first} (study # {subj_id}). my car broke down again, can we move thursday to {visit_short}? also my new address is {street} {unit}, {city} {zip} and new cell {phone2}. my husband {spouse_first} can drive me if it's after 3. thx""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "u_honest_broker_reid_request": (
        """HONEST BROKER — RE-IDENTIFICATION REQUEST
Requester: {pi_full} ({pi_email})   Study {protocol} / {irb_no}
Reason: incidental finding requiring clinical follow-up ({variant}, {acmg}) — IRB-approved return-of-results pathway.
Linkage key: {linkage_key}
Broker lookup result (released to treating team ONLY):
  Name {pt_lfm}   DOB {dob}   MRN {mrn}   Phone {phone}
  Last known address {street}, {city}, {state} {zip}
Released by {broker_full} on {report_date}; notified {gc_full} (fax {fax}).""",
        """Re-ID log (honest broker office)
{query_dt} | key {linkage_key} -> subj {subj_id} -> {pt_caps} MRN {mrn}
{query_dt} | key {linkage_key2} -> NO MATCH (withdrawn {letter_date})
requester {pi_init}; approval {irb_no}; broker {broker_init}; workstation {ip}
ID verified at pickup: DL {dl}""",
    ),
    # 29 -----------------------------------------------------------------------------------------
    "u_emergency_unblinding_record": (
        """EMERGENCY UNBLINDING RECORD — IRT
Protocol {protocol}   Site {site_no}   Subject {subj_id}   Randomisation no. {rand_no}
Requested by: {subi_full} (NPI {npi}) at {query_dt}
Reason: {meddra_pt} {ctcae}, admitted to {facility} (MRN {mrn})
Treatment revealed: {arm}
Sponsor medical monitor notified: {sponsor_full}, {sponsor_email}
PI {pi_full} informed {time2}. Subject continues follow-up; no further dosing.""",
        """Unblinding call log
ED physician at {facility2} ({phone3}) called the 24/7 line {time} on {ae_onset_date}: pt {pt_full}, wallet card says study {protocol}, subj {subj_id}. Pt age {age}, on {drug2} as well.
IRT unblinded by {pi_init}; code {rand_no}. Pt DOB {dob} confirmed with {spouse_full} at bedside.""",
    ),
    # 30 -----------------------------------------------------------------------------------------
    "u_dysmorphology_photo_consult": (
        """CLINICAL GENETICS — DYSMORPHOLOGY CONSULT
Patient {pt_full}, age {kid_age} y, DOB {dob_kid}, MRN {mrn}; seen with mother {mother_full} on {visit_date}
Features: upslanting palpebral fissures, smooth philtrum; growth HC 2nd centile.
Photos taken with parental consent: {photo} (frontal), {photo2} (profile). Uploaded to facial-analysis tool (case link {url2}); top match {eponym}.
Plan: {panel}; {cpt}. Karyotype previously {karyotype}.
Geneticist {subi_full}, MD; counsellor {gc_init}.""",
        """Photo log — genetics clinic, {facility}
file | subject | view | taken | consent
{photo} | {pt_caps} MRN {mrn} | face, frontal | {visit_date} | publication: NO
{photo2} | {pt_caps} MRN {mrn} | face, lateral | {visit_date} | research: YES ({protocol})
Camera room {room}; photographer {lab_tech_full}.""",
    ),
    # 31 -----------------------------------------------------------------------------------------
    "u_voice_biomarker_session_log": (
        """VOICE BIOMARKER SUBSTUDY — SESSION LOG ({protocol}, {eponym} cohort)
Participant {subj_id}   Name on consent {pt_full}   Session {visit_name}
Task set {ver_str}: sustained /a/, DDK, picture description (24 kHz)
Recording device Zoom H1n handheld recorder, serial {device_sn2}
Enrolment voiceprint {voice_id}; speaker verification score 0.{count2} → PASS
Uploaded {upload_dt} from {ip} to {url}; examiner {rn_init}
Also collected: gait walkway template {gait_id}; {score}""",
        """Voice study — phone session note
Subj {subj_id} / MRN {mrn}. Called {pt_first} at {phone} on {visit_date} {time2}; {pt_pron} is {age90} and lives alone in {city}; daughter {child_first} {child_last} ({phone2}) helped set up the app.
Voiceprint {voice_id} re-enrolled due to dentures change; app re-linked from {ip2}. No AEs ({score}). Next session {report_date} with {rn_full}.""",
    ),
    # 32 -----------------------------------------------------------------------------------------
    "u_pgx_result_letter": (
        """PHARMACOGENOMICS RESULT LETTER
{facility}, {street2}, {city2}, {state2} {zip2}
{letter_date}
{pt_fml}
{street} {unit}
{city}, {state} {zip}

Dear {pt_first},
Your pharmacogenomic test (accession {accession2}) shows CYP2C19 *2/*2 ({rsid}) — poor metaboliser. Clopidogrel (Plavix) may not work well for you; your cardiologist {subi_full} has been notified (fax {fax}).
Your insurance (member {member_id}) was billed under claim {claim}.
— {gc_full}, PharmD, and {pi_full}, MD (DEA {dea})""",
        """PGx consult note — {pt_lf} (MRN {mrn}; DOB {dob})
Result: CYP2D6 *4/*41 (IM, activity score 0.5), {rsid}; SLCO1B1 {rsid2} TC.
Meds reviewed: {drug}, {brand}. Recommend avoiding codeine; tramadol alternative per CPIC.
Copy to PCP {subi_full}, {facility2}, fax {fax2}. Pharmacist {gc_full}, lic {med_lic}.""",
    ),
    # 33 -----------------------------------------------------------------------------------------
    "u_driving_telematics_study_log": (
        """NATURALISTIC DRIVING STUDY (older drivers) — VEHICLE INSTRUMENTATION RECORD
Participant {subj_id}: {pt_full}, age {age90}, DOB {dob_old}; licence {dl} ({state})
Vehicle: VIN {vin}   plate {plate}   {year2} sedan
Data acquisition unit serial {device_sn}; dash camera (driver-face) still {photo}
Installed {enrol_date} at participant's home, {street}, {city}; installer {lab_tech_full}
Cognitive: {score}; vision 20/40.
Data uploads via cellular to {ip}; participant contact {phone}.""",
        """DAS trip summary export — subj {subj_id}
trip_start,trip_end,km,hard_brakes,night,vehicle
{upload_dt},{time},{count},{count2},N,{vin}
{query_dt},{time},{count},0,Y,{vin}
note ({rn_init}): second driver detected by face-match on {visit_date} — grandson {cousin_first}; frames {photo2} excluded. Plate {plate} re-registered.""",
    ),
}

# Two more note types, kept apart for length.
TEMPLATES["u_newborn_screen_followup"] = (
    """NEWBORN SCREENING — OUT-OF-RANGE RESULT FOLLOW-UP
{org}   Short-term follow-up: {rn_full}   Ph {phone3}   Fax {fax}
Infant: {pt_caps} (BABY BOY/GIRL {pt_last})   DOB {dob_infant}   Birth time {time}   BW 3{count2}0 g
Kit/filter card no. {nbs_kit}   Collected {collect_dt}   Birth facility {facility}
Mother: {mother_full}   Mother DOB {mother_dob}   Phone {phone}   Medicaid {medicaid}
Result: {nbs_analyte} — presumptive positive for {cond}
PCP of record: {subi_full}, fax {fax2}; notified {report_date} {time2}.
Repeat / confirmatory: plasma amino acids + {panel} at {facility2} on {visit_date}.""",
    """NBS follow-up call note
{report_date} {time2} — called {mother_first} {mother_last} (mom) at {phone}; infant {pt_first} is 9 days old, feeding well.
Explained screen positive for {cond} ({nbs_analyte}). Appointment with metabolic team ({subi_full}) {visit_date} at {facility}. Family lives in {county}; transportation via Medicaid {medicaid}.
Card {nbs_kit}. Letter sent to {street}, {city} {zip}. — {rn_init}""",
    """NBS UNSATISFACTORY SPECIMEN NOTICE (fax)
To: Nursery, {facility}   Fax {fax}
Infant: {pt_lf}   DOB {dob_infant}   MRN {mrn}   Kit {nbs_kit}
Reason: specimen {count2} hours after transfusion; layered circles.
Please recollect and mail to lab within {hours}. Contact {rn_full} ({rn_email}).""",
)

TEMPLATES["u_participant_stipend_ledger"] += (
    """Check-in kiosk / payment log (palm-vein) — {protocol}
{upload_dt} kiosk {room} palm={iris_id} -> subj {subj_id} ({pt_initials}) MATCH
{upload_dt} payment {money} -> card {card}
{query_dt} palm={iris_id} -> NO MATCH; staff override {coord_init}; photo ID checked ({photo2})
Participant {pt_full}, parking plate {plate}""",
)

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """SCREENING LOG SUMMARY — Protocol {protocol} ({nct}), Site {site_no}
Screened {count}; enrolled {count2}; screen-fail rate {pct}. Top failure: {lab2}. Consent {consent_ver} in use since {year3}.
{role} to review with {org} at the {time2} call.""",
    """Consent version control: {consent_ver} superseded by {consent_ver2} ({amend_no}); new risk {meddra_pt} ({meddra_code}). Stamp per {sop}. Re-consent all active participants at next visit ({visit_name}). {cfr}.""",
    """BIOBANK INVENTORY AUDIT — {org}
{freezer}: {n_aliquots} vials {specimen_type}, {temp_store}. Kit {kit_lot} ({ref_no}) OK. Alarm test {time}. Freezer uptime {pct}.""",
    """Cytogenetics QC: {karyotype}, {cells}, {band}. FISH probe lot {kit_lot2}; {fish}. Reviewed by {role}. Turnaround {tat}. CPT {cpt}, {cpt2}.""",
    """Genetic counselling template — risk discussion: {eponym}; {gene} ({transcript}); variant classes Pathogenic/Likely pathogenic/VUS. Offspring risk {risk}. Model {score}. Codes {icd10}, {icd10b}; CPT {cpt}.""",
    """Pedigree legend: square = male, circle = female, slash = deceased, arrow = proband. Ages ≤ 89 printed; {ancestry} ancestry field optional. Age at dx examples: {age_dx}, {age_dx2}. Year of birth only ({year}).""",
    """Newborn screening panel summary {year3}: {cond} cutoffs — {nbs_analyte}. Repeat if {hours} after transfusion. {org} handles short-term follow-up. Form {form_no}.""",
    """Registry coding reminder: topography {icdo_topo}, morphology {icdo_morph}, {stage}, {grade}; {er_pr}. Use {icd10} for history. Abstract within 6 months ({policy}).""",
    """SAE reporting timelines: death/life-threatening 7 days; other unexpected 15 days ({cfr}). Grade per {ctcae_ver}: {meddra_pt} ({meddra_code}) {ctcae}. {form_no}. Contact {role2}.""",
    """AE summary table ({protocol}, {arm}): {meddra_pt} {pct}; {ctcae} events {count2}; dose reductions at {dose_level}. Labs: {lab}; {lab2}.""",
    """IRB determination: {irb_no} — exempt category 4(iii); secondary research with coded data. {dua_ver} required. Continuing review not required. {policy}; {cfr}.""",
    """DUA checklist: limited data set elements allowed — dates of service, town, ZIP3 ({cfr}). Prohibited: names, street, phone, email, MRN. Linkage via keyed hash per {sop}. Template {dua_ver}.""",
    """HIE query statistics ({year3}): {num_rows} queries; match rate {pct}; purpose-of-use RESEARCH {pct_small}. OIDs: {oid_root}, {oid_root2}. Policy {policy}.""",
    """Record locator configuration: facility count {count}; mapping {oid_root}; timeout {days} s; retries 3. Build {ver_str}. Maintained by {org}.""",
    """CDA template check: templateId 2.16.840.1.113883.10.20.22.1.1; code {loinc} (codeSystem {oid_root2}); SNOMED {snomed}; section count {count2}. Validator {ver_str}.""",
    """key=value schema: subject_id (string), visit (enum: {visit_name}), loinc={loinc}, result ({lab}), unit, ref_range, rsid ({rsid}), variant ({variant}), build={build}. Fields {fields_n}.""",
    """Cohort counts by year: {year}: {count}; {year2}: {count2}; {year3}: {num_rows}. Criteria ICD {icd10} OR CPT {cpt}; ages {age3}-{age2}. No identifiers delivered.""",
    """De-id QA summary: {num_rows} records; residual flags {count2} (all false alarms: {variant}, {rsid}, {ndc}, {kit_lot}, {room}, {time}, {year}). Method per {cfr}.""",
    """Remote monitoring study dashboard: {device_brand}, {sample_rate}; median wear {wear_pct}; battery {battery}; {firmware}; steps {steps}; HR {hr}; BP {bp}; SpO2 {spo2}.""",
    """Variant interpretation guideline: {variant} ({hgvs_p}) {acmg}; {clinvar}; {chrpos} ({build}); depth {depth}; VAF {vaf}. Lab director sign-off per {sop}.""",
    """Participant payment schedule: {visit_name} {money}; each subsequent visit {money2}; mileage $0.67/mi; {revcode}. 1099 threshold $600. Card vendor {org2}.""",
    """Specimen transport SOP {sop}: UN3373 Category B; {temp_store}; data logger {kit_lot2}; max {hours}. Seal count {count2}. {specimen_type}.""",
    """Pharmacogenomics table: CYP2C19 *2 ({rsid}); CYP2D6 *4; SLCO1B1 ({rsid2}). {drug}; {brand}; NDC {ndc}; HCPCS {hcpcs}. Guidance CPIC level A.""",
    """Unblinding procedure: IRT 24/7 line; randomisation stratified by {ecog} and {gene} status. {arm}. Medical monitor ({role}) notified within {hours}. {form_no}.""",
    """Voice/gait substudy protocol {protocol}: tasks per version {ver_str}; {sample_rate}; scores {score}. Device {device_brand}. Room {room}, {bed}.""",
    """Tumour board agenda ({time2}, {room}): {count2} cases; {eponym}; {eponym2}; {stage}; {drug}; {drug2}. DRG {drg}; revenue {revcode}. Patient aged {age} discussed.""",
)
