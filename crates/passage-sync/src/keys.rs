//! Device and hub keys (ed25519): they sign USB sync files and receipts.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

/// A signing key.
#[derive(Clone)]
pub struct DeviceKey(SigningKey);

impl std::fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DeviceKey({})", self.public_hex())
    }
}

impl DeviceKey {
    /// A new random key.
    pub fn generate() -> Result<Self, getrandom::Error> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed)?;
        Ok(Self(SigningKey::from_bytes(&seed)))
    }

    /// The key from its secret in hex (as stored).
    pub fn from_secret_hex(hex_secret: &str) -> Option<Self> {
        let bytes: [u8; 32] = hex::decode(hex_secret).ok()?.try_into().ok()?;
        Some(Self(SigningKey::from_bytes(&bytes)))
    }

    /// The secret in hex, to store.
    pub fn secret_hex(&self) -> String {
        hex::encode(self.0.to_bytes())
    }

    /// The public key in hex, to share.
    pub fn public_hex(&self) -> String {
        hex::encode(self.0.verifying_key().to_bytes())
    }

    /// Signs `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

/// Whether `signature` is `public_hex`'s signature of `message`.
pub fn verify(public_hex: &str, message: &[u8], signature: &[u8]) -> bool {
    let Some(key) = hex::decode(public_hex)
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
    else {
        return false;
    };
    let Ok(sig) = Signature::from_slice(signature) else {
        return false;
    };
    key.verify(message, &sig).is_ok()
}

/// A random secret of 32 bytes in hex (device tokens, enrolment codes).
pub fn random_hex(bytes: usize) -> Result<String, getrandom::Error> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf)?;
    Ok(hex::encode(buf))
}

/// The SHA-256 of a secret, in hex: what a hub stores instead of it.
pub fn hash_secret(secret: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(secret.trim().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_with_its_key_and_message() {
        let key = DeviceKey::generate().expect("key");
        let other = DeviceKey::generate().expect("key");
        let sig = key.sign(b"records");
        assert!(verify(&key.public_hex(), b"records", &sig));
        assert!(!verify(&key.public_hex(), b"recordz", &sig));
        assert!(!verify(&other.public_hex(), b"records", &sig));
        assert!(!verify("not hex", b"records", &sig));
        let again = DeviceKey::from_secret_hex(&key.secret_hex()).expect("parses");
        assert_eq!(again.public_hex(), key.public_hex());
    }
}
