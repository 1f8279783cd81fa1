"""Source corpora for pre-instruction tuning: upload parsing, validation, storage and chunking."""
