-- Challenges of every method: a method verified by key or decided on the user's device
-- (a sealed OTP, a push confirmation) keeps its own reference instead of a code's hash;
-- every challenge keeps the canonical form of what it authorises, to which such an
-- answer is bound, and a decoupled decision keeps its evidence (a device's signature).
ALTER TABLE challenges ADD COLUMN method_ref VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE challenges ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE challenges ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
