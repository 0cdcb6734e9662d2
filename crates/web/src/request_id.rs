//! The id each request carries: made by the edge middleware, shown by the page frame.

/// A random id for each request, shown on error pages and in logs so a reader's report can be
/// matched to the log line without logging who they are.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

impl RequestId {
    pub(crate) fn random() -> RequestId {
        let mut bytes = [0u8; 8];
        rand::fill(&mut bytes);
        RequestId(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }
}
