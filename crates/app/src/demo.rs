//! The demo community seeded on a first start, so a new hub looks like a real one at once.

use braid_domain::DomainError;
use braid_domain::section::{NewSection, SectionGroup};

/// (slug, title, summary, group) of each demo section, in hub order.
const SECTIONS: &[(&str, &str, &str, SectionGroup)] = &[
    (
        "discover",
        "Discover",
        "Get to know an organisation before proposing anything: its work, its people, the \
         threats it already lives with and the strengths it already has. First conversations, \
         needs assessments, and mapping the context and the actors around it.",
        SectionGroup::Phase,
    ),
    (
        "strategise",
        "Strategise",
        "Turn what you learned into priorities the organisation owns. Assessing risks across \
         digital, physical, legal and well-being threats, choosing what to tackle first, and \
         agreeing a realistic security plan with owners and dates.",
        SectionGroup::Phase,
    ),
    (
        "actualise",
        "Actualise",
        "Put the plan into practice and keep it alive: trainings, tool roll-outs, policies, \
         accompaniment over months, and check-ins when the context changes, after an arrest, \
         an election, a new law or a leak.",
        SectionGroup::Phase,
    ),
    (
        "create-space-and-buy-in",
        "Create Space & Buy-in",
        "Security changes last only when the people they affect want them. Opening the \
         conversation with leadership and staff, working with resistance and fatigue, and \
         building the trust that turns a checklist into shared practice.",
        SectionGroup::Phase,
    ),
    (
        "remote-facilitation",
        "Remote facilitation",
        "Supporting organisations you cannot visit: workshops and assessments over calls, on \
         weak connections, across time zones and through interpreters, while keeping \
         participants and what they share safe.",
        SectionGroup::Practice,
    ),
    (
        "well-being",
        "Well-being",
        "Security work carries fear, stress and exhaustion, for the people we accompany and \
         for ourselves. Collective care, noticing trauma responses, and staying well enough \
         to do this work for years.",
        SectionGroup::Practice,
    ),
    (
        "about",
        "About",
        "A shared home for practitioners of holistic organisational security: trainers, \
         technologists, lawyers and psychologists who accompany human-rights defenders, NGOs \
         and activists. Who runs this hub and how decisions are made.",
        SectionGroup::Community,
    ),
    (
        "contribute",
        "Contribute",
        "Everything here is written by members and shared under CC BY-SA 4.0. How to propose \
         or translate a page, review a newcomer's edit, and credit the people and sources \
         whose work you build on.",
        SectionGroup::Community,
    ),
    (
        "community-guidelines",
        "Community guidelines",
        "How we treat each other and the people we support: consent and confidentiality \
         first, no identifying details of groups at risk, disagreement with care. The code of \
         conduct, and how to reach the response team in confidence.",
        SectionGroup::Community,
    ),
];

/// The demo sections, validated like any other input.
pub fn sections() -> Result<Vec<NewSection>, DomainError> {
    SECTIONS
        .iter()
        .zip(1..)
        .map(|(&(slug, title, summary, group), position)| {
            NewSection::new(slug, title, summary, group, position)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_sections_are_valid_and_cover_every_group() {
        let sections = super::sections().unwrap();
        assert_eq!(sections.len(), 9);
        for group in braid_domain::section::SectionGroup::ALL {
            assert!(sections.iter().any(|s| s.group == group));
        }
    }
}
