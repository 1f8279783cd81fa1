"""Dataset exports: rows stream from the database into Parquet shards and a ``datasets`` DatasetDict."""
