"""Presidio's pattern recognizers, wired to run fully offline.

Two things in a default Presidio install reach for the network: the spaCy NLP engine downloads
``en_core_web_lg`` when it is missing, and the email recognizer validates domains with
``tldextract.extract``, whose default extractor fetches the public-suffix list (and logs a
traceback when that fails). We use a blank spaCy pipeline (tokenizer only) and an email
recognizer whose extractor reads tldextract's bundled suffix snapshot and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import spacy
import tldextract
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer import predefined_recognizers as recognizers
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from mediflow.quality.phi_rules import phone_type
from mediflow.quality.phi_types import PhiFinding, PhiType

LANGUAGE = "en"

# Presidio entity -> our type. Recognizers not listed here are not loaded at all: the date
# recognizer, for one, would flag every visit date, and a visit date is not an identifier for us.
ENTITY_MAP: dict[str, PhiType] = {
    "PHONE_NUMBER": PhiType.PHONE,
    "EMAIL_ADDRESS": PhiType.EMAIL,
    "URL": PhiType.URL,
    "IP_ADDRESS": PhiType.IP_ADDRESS,
    "US_SSN": PhiType.SSN,
    "MEDICAL_LICENSE": PhiType.LICENSE,
    "US_DRIVER_LICENSE": PhiType.LICENSE,
    "US_NPI": PhiType.LICENSE,
    "US_MBI": PhiType.HEALTH_PLAN_ID,
    "US_HEALTH_INSURANCE_MEMBER_ID": PhiType.HEALTH_PLAN_ID,
    "CREDIT_CARD": PhiType.ACCOUNT,
    "MAC_ADDRESS": PhiType.DEVICE_ID,
}

# Weak patterns (driver licence: any letter+digits, member id) score 0.01-0.3 and only pass
# when a context word lifted them; phone numbers are validated by libphonenumber and pass at 0.4.
MIN_SCORE = 0.4
# A checksum match (NPI, DEA, NHS: 1 in 10 random numbers pass) is weaker evidence than a label,
# so Presidio's scores are capped below those of our labelled rules (0.9+).
MAX_SCORE = 0.85


@lru_cache(maxsize=1)
def offline_tld_extractor() -> tldextract.TLDExtract:
    """tldextract that only reads the suffix snapshot shipped in the wheel (no fetch, no cache)."""
    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


class OfflineEmailRecognizer(recognizers.EmailRecognizer):
    """Presidio's email recognizer with domain validation against the bundled suffix list."""

    def validate_result(self, pattern_text: str) -> bool:
        return offline_tld_extractor()(pattern_text).fqdn != ""


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine over ``spacy.blank``: tokenization only, nothing to download."""

    def load(self) -> None:
        # the base class declares ``nlp = None`` until load(), hence the ignore
        self.nlp = {LANGUAGE: spacy.blank(LANGUAGE)}  # type: ignore[assignment]

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        artifacts = super()._doc_to_nlp_artifact(doc, language)
        # A blank pipeline has no lemmatizer, so every lemma is "" and Presidio's context boost
        # ("license" near a licence-shaped token) would never fire; lower-cased tokens do.
        artifacts.lemmas = [token.lower_ for token in doc]
        return artifacts


def _recognizers() -> list[EntityRecognizer]:
    return [
        recognizers.PhoneRecognizer(),
        OfflineEmailRecognizer(),
        recognizers.UrlRecognizer(),
        recognizers.IpRecognizer(),
        recognizers.UsSsnRecognizer(),
        recognizers.MedicalLicenseRecognizer(),
        recognizers.UsLicenseRecognizer(),
        recognizers.UsNpiRecognizer(),
        recognizers.UsMbiRecognizer(),
        recognizers.UsHealthInsuranceMemberIdRecognizer(),
        recognizers.CreditCardRecognizer(),
        recognizers.MacAddressRecognizer(),
    ]


def build_analyzer() -> AnalyzerEngine:
    """An AnalyzerEngine with only offline pattern recognizers (slow: build once)."""
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in _recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=BlankSpacyNlpEngine(), supported_languages=[LANGUAGE])


def _plausible(phi_type: PhiType, text: str, start: int, end: int) -> bool:
    """Drop Presidio hits that cut a token in half or are not phone-sized."""
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return False  # e.g. a DEA-shaped slice of a longer member ID
    if phi_type is PhiType.PHONE:
        value = text[start:end]
        # libphonenumber accepts "169/91" (a blood pressure) as a short number
        return "/" not in value and sum(c.isdigit() for c in value) >= 7
    return True


def presidio_findings(analyzer: AnalyzerEngine, text: str) -> Iterator[PhiFinding]:
    """Presidio results above MIN_SCORE, mapped to our types."""
    for result in analyzer.analyze(text=text, language=LANGUAGE, entities=list(ENTITY_MAP)):
        phi_type = ENTITY_MAP.get(result.entity_type)
        start, end = result.start, result.end
        if phi_type is None or result.score < MIN_SCORE or not _plausible(phi_type, text, start, end):
            continue
        if phi_type is PhiType.PHONE:
            phi_type = phone_type(text, start)
        score = min(float(result.score), MAX_SCORE)
        yield PhiFinding(phi_type, start, end, text[start:end], score, "presidio")
