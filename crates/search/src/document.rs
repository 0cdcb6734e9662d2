//! Reading a stored document back: its fields as the index kept them.

use super::*;

/// A stored document as a results page reads it: each field's value as the store gives it.
/// (tantivy's own document copies every string once more, into a buffer grown as it goes:
/// 8% of a search.)
pub(crate) struct Stored(Vec<(Field, StoredValue)>);

/// The stored fields are strings, `updated` a number and `body_marks` bytes.
pub(crate) enum StoredValue {
    Text(String),
    Number(i64),
    Bytes(Vec<u8>),
}

impl Stored {
    /// The string stored in `field`, moved out; empty if there is none.
    pub(crate) fn take(&mut self, field: Field) -> String {
        self.0
            .iter_mut()
            .find_map(|(at, value)| match value {
                StoredValue::Text(text) if *at == field => Some(std::mem::take(text)),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The bytes stored in `field`, moved out; empty if there are none.
    pub(crate) fn take_bytes(&mut self, field: Field) -> Vec<u8> {
        self.0
            .iter_mut()
            .find_map(|(at, value)| match value {
                StoredValue::Bytes(bytes) if *at == field => Some(std::mem::take(bytes)),
                _ => None,
            })
            .unwrap_or_default()
    }

    pub(crate) fn number(&self, field: Field) -> i64 {
        self.0
            .iter()
            .find_map(|(at, value)| match value {
                StoredValue::Number(number) if *at == field => Some(*number),
                _ => None,
            })
            .unwrap_or(0)
    }
}

impl DocumentDeserialize for Stored {
    fn deserialize<'de, D>(mut deserializer: D) -> Result<Self, DeserializeError>
    where
        D: DocumentDeserializer<'de>,
    {
        let mut values = Vec::with_capacity(deserializer.size_hint());
        while let Some(entry) = deserializer.next_field()? {
            values.push(entry);
        }
        Ok(Stored(values))
    }
}

impl ValueDeserialize for StoredValue {
    fn deserialize<'de, D>(deserializer: D) -> Result<Self, DeserializeError>
    where
        D: ValueDeserializer<'de>,
    {
        struct Visitor;
        impl ValueVisitor for Visitor {
            type Value = StoredValue;
            fn visit_string(&self, text: String) -> Result<StoredValue, DeserializeError> {
                Ok(StoredValue::Text(text))
            }
            fn visit_i64(&self, number: i64) -> Result<StoredValue, DeserializeError> {
                Ok(StoredValue::Number(number))
            }
            fn visit_bytes(&self, bytes: Vec<u8>) -> Result<StoredValue, DeserializeError> {
                Ok(StoredValue::Bytes(bytes))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}
