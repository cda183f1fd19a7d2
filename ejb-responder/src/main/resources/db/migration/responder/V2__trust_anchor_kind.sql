-- What each trust anchor is trusted for. kind: 'CA' (vouches for chains that validate to it) or
-- 'PINNED' (vouches for itself only); NULL on rows from before this migration, read as the
-- certificate's basicConstraints say (CA=true: CA, otherwise pinned), since SQL cannot read the DER.
-- allow_sha1: signers it vouches for may use RSA-SHA1 and SHA-1 digests.
ALTER TABLE trust_anchor ADD COLUMN kind VARCHAR(10) NULL;
ALTER TABLE trust_anchor ADD COLUMN allow_sha1 BOOLEAN NOT NULL DEFAULT FALSE;
