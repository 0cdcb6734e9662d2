//! A coarse label for a session ("Firefox on Linux"), so members can tell their sessions
//! apart without Braid keeping the full User-Agent string, which fingerprints them.

/// The browser family and operating system named by a `User-Agent`, or a neutral label.
pub fn label(user_agent: Option<&str>) -> String {
    let Some(agent) = user_agent else {
        return "Unknown browser".to_owned();
    };
    let browser = if agent.contains("Edg/") {
        "Edge"
    } else if agent.contains("Firefox/") {
        "Firefox"
    } else if agent.contains("Chrome/") || agent.contains("Chromium/") {
        "Chromium"
    } else if agent.contains("Safari/") {
        "Safari"
    } else if agent.starts_with("curl/") {
        "curl"
    } else {
        "A browser"
    };
    let system = if agent.contains("Android") {
        "Android"
    } else if agent.contains("iPhone") || agent.contains("iPad") {
        "iOS"
    } else if agent.contains("Windows") {
        "Windows"
    } else if agent.contains("Mac OS X") || agent.contains("Macintosh") {
        "macOS"
    } else if agent.contains("Linux") || agent.contains("X11") {
        "Linux"
    } else {
        return browser.to_owned();
    };
    format!("{browser} on {system}")
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn labels_are_coarse() {
        let tor = "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0";
        assert_eq!(label(Some(tor)), "Firefox on Windows");
        let chromium = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
        assert_eq!(label(Some(chromium)), "Chromium on Linux");
        assert_eq!(label(Some("curl/8.0")), "curl");
        assert_eq!(label(None), "Unknown browser");
    }
}
