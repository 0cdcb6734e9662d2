//! The demo community seeded on a first start, so a new hub looks like a real one at once.

use braid_domain::DomainError;
use braid_domain::discussion::Starters;
use braid_domain::section::{NewSection, SectionGroup};

/// (slug, name, description, starters) of the discussion categories every hub starts with,
/// open to members; facilitators add, narrow or widen them.
pub const CATEGORIES: &[(&str, &str, &str, Starters)] = &[
    (
        "announcements",
        "Announcements",
        "News from the facilitators: community calls, webinars, changes to how the hub runs.",
        Starters::Facilitators,
    ),
    (
        "ask-the-community",
        "Ask the community",
        "Stuck with an engagement, a tool or a threat you have not met before? Ask the \
         practitioners here; say as much as is safe and no more.",
        Starters::Readers,
    ),
    (
        "events",
        "Events",
        "Trainings, gatherings and calls that members run or recommend.",
        Starters::Readers,
    ),
];

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
    GUIDELINES_SECTION,
];

/// The section every hub has from its first start, demo or not: the join page asks
/// newcomers to accept what it says.
const GUIDELINES_SECTION: (&str, &str, &str, SectionGroup) = (
    "community-guidelines",
    "Community guidelines",
    "How we treat each other and the people we support: consent and confidentiality first, \
     no identifying details of groups at risk, disagreement with care. The code of conduct, \
     and how to raise a concern in confidence.",
    SectionGroup::Community,
);

/// The guidelines page every hub starts with, for its administrators to adapt.
pub const GUIDELINES_PAGE: (&str, &str, &str) = (
    "community-guidelines",
    "Code of conduct",
    "These are the starting guidelines of this hub. Its administrators adapt them to the \
community, and members are told when they change.\n\n\
## What we ask of everyone\n\n\
- **Consent and confidentiality first.** Share nothing about a person or an organisation \
that they have not agreed to share. Never post names, places, photos or any detail that \
identifies people or groups at risk, even in examples.\n\
- **Disagree with care.** Criticise ideas, not people. Assume good faith, ask before you \
assume, and remember that members work under pressure, in many languages and time zones.\n\
- **No harassment.** No insults, threats, sexualised remarks, discrimination or deliberate \
intimidation, here or about members elsewhere.\n\
- **Credit others.** Name the people and sources whose work you build on.\n\
- **Security of others.** Do not try to identify members, trace their accounts or probe \
this hub. Report weaknesses to the administrators in confidence.\n\n\
## If something is wrong\n\n\
Tell an administrator in confidence (the members page lists them). Confidential reports to a \
response team are coming to Braid; until they are here, say in your message who else may \
read it. Concerns are handled by people who are not involved in them.\n\n\
## What can happen\n\n\
Depending on what happened: a private word, a warning, a pause of the account, or leaving \
the community. Whoever is affected hears what was decided.\n",
);

/// The sections every hub has, demo or not.
pub fn essential_sections() -> Result<Vec<NewSection>, DomainError> {
    let (slug, title, summary, group) = GUIDELINES_SECTION;
    Ok(vec![NewSection::new(slug, title, summary, group, 1)?])
}

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

/// (section, title, text) of the demo pages, so a new hub shows what a page looks like.
pub const PAGES: &[(&str, &str, &str)] = &[
    (
        "contribute",
        "How to contribute",
        "Everything here is written by practitioners, for practitioners. You can help.\n\n\
## Writing and editing\n\n\
Any member can write a page or improve one: press *Edit*, change the text (Markdown), look at \
the *Preview*, and save with a short summary of what you changed. If someone saved the page \
while you were editing, your changes are merged with theirs; where they touch the same lines, \
both versions come back to you to choose from. Nothing is overwritten.\n\n\
## Review\n\n\
Edits by members who joined recently wait for an editor before readers see them. Editors \
approve them or send them back with a note. This is not distrust: it is how a community that \
is targeted keeps its advice reliable.\n\n\
## Licence and credit\n\n\
Pages are shared under the licence shown at their foot (CC BY-SA 4.0 unless a section says \
otherwise): others may reuse and adapt them if they credit the authors and share alike. Every \
page lists its contributors. When you build on someone else's work, name them and link the \
source.\n\n\
## Keeping advice fresh\n\n\
Security advice goes stale. Editors give pages a *review by* date; watch a page to be told \
when it changes or when its review is due.\n",
    ),
    (
        "discover",
        "First conversations",
        "Before any assessment, listen. The first conversations with an organisation decide \
whether it will trust you with what worries it.\n\n\
## Before you meet\n\n\
- Agree how you will talk: which channel, who is in the room, what is written down.\n\
- Read what the organisation has published, and what has been published about it.\n\
- Ask who else has supported it, and how that went.\n\n\
## In the conversation\n\n\
Start from the work, not the threats: *what are you trying to achieve, and what gets in the \
way?* Threats come up on their own, in the organisation's words.\n\n\
## Afterwards\n\n\
Write down what you heard, share it back, and ask what you got wrong. Then move on to \
[[Risk assessment]].\n",
    ),
    (
        "strategise",
        "Risk assessment",
        "A risk assessment turns worries into priorities: for each threat, how likely it is and \
how much harm it would do, across the digital, physical, legal and well-being sides of the \
work.\n\n\
| Threat | Likelihood | Impact | Priority |\n\
|:--|:-:|:-:|:-:|\n\
| Phone seized at a border | high | high | **1** |\n\
| Office raided | medium | high | 2 |\n\
| Burn-out of the coordinator | high | medium | 2 |\n\n\
## How to run it\n\n\
1. List threats together, in the organisation's own words.\n\
2. Rate each one; disagreement is information, write it down.\n\
3. Choose three to act on first, and turn them into a [[Security plan]].\n\n\
Keep the assessment where only the engagement's members can read it.[^1]\n\n\
[^1]: Braid's practitioner workspace, encrypted at rest, is coming; until it is here, keep \
assessments off this wiki, in encrypted storage that only the engagement's members can open.\n",
    ),
    (
        "actualise",
        "Device seizure: what to do",
        "When a phone or laptop may be taken (at a border, in a raid, at an arrest), what \
matters is decided before it happens.\n\n\
## Before\n\n\
- [ ] Full-disk encryption on, with a strong passphrase.\n\
- [ ] Only what is needed for the trip on the device.\n\
- [ ] Someone outside knows whom to call, and when to start worrying.\n\n\
## After\n\n\
Assume what was on the device is known. Change passwords from another device, tell the \
people whose contacts or messages were on it, and write down what happened while it is fresh.\n",
    ),
    (
        "well-being",
        "Collective care",
        "Security work that burns people out is not secure. Collective care means the team, \
not each person alone, notices and carries the load.\n\n\
- Check in at the start of meetings: how is everyone, really?\n\
- Rotate the heaviest tasks, and say out loud when someone needs a break.\n\
- Make rest part of the security plan, with an owner and a date like everything else.\n",
    ),
];

/// (section, language, title, text) of demo pages in other languages, so a new hub shows
/// pages, and search, beyond English.
pub const PAGES_IN_OTHER_LANGUAGES: &[(&str, &str, &str, &str)] = &[
    (
        "remote-facilitation",
        "es",
        "Talleres a distancia con organizaciones",
        "Acompañar a una organización que no puedes visitar exige preparar más y suponer menos.\n\n\
## Antes del taller\n\n\
- Pregunta qué herramientas ya usa la organización y en qué conexiones confía.\n\
- Acordad cómo se pide una pausa y cómo se sale de la llamada si alguien llega sin aviso.\n\
- Envía los materiales con tiempo, en formatos que se abran sin conexión.\n\n\
## Durante\n\n\
Haz pausas frecuentes: las llamadas largas cansan más que un taller presencial. Si un \
teléfono ha sido confiscado, cambiad de canal antes de hablar de nada sensible.\n",
    ),
    (
        "well-being",
        "ar",
        "الرعاية الجماعية بعد الحوادث الأمنية",
        "بعد مصادرة هاتف أو اعتقال زميل، يحتاج الفريق إلى وقت للتعافي.\n\n\
## خطوات عملية\n\n\
- خصصوا اجتماعاً قصيراً للاطمئنان على بعضكم.\n\
- وزعوا المهام الثقيلة بين أعضاء المنظمة.\n\
- اجعلوا الراحة جزءاً من خطة الأمان.\n",
    ),
];

/// A demo translation: (section, source page's address, language, title, one translated
/// paragraph for each of the source's), so a new hub shows pages in several languages, linked.
pub type DemoTranslation = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

/// Translations of demo pages, made through the translation service like any other.
pub const TRANSLATIONS: &[DemoTranslation] = &[
    (
        "strategise",
        "risk-assessment",
        "ar",
        "تقييم المخاطر",
        &[
            "يحوّل تقييم المخاطر المخاوف إلى أولويات: لكل تهديد، ما مدى احتماله وما حجم الضرر \
الذي قد يُحدثه، في الجوانب الرقمية والجسدية والقانونية والرفاه في العمل.",
            "| التهديد | الاحتمال | الأثر | الأولوية |\n\
|:--|:-:|:-:|:-:|\n\
| مصادرة الهاتف على الحدود | مرتفع | مرتفع | **1** |\n\
| مداهمة المكتب | متوسط | مرتفع | 2 |\n\
| إنهاك المنسّق | مرتفع | متوسط | 2 |",
            "## كيف نجريه",
            "1. نعدّد التهديدات معًا، بكلمات المنظمة نفسها.\n\
2. نقيّم كل تهديد؛ والاختلاف معلومة تستحق التدوين.\n\
3. نختار ثلاثة تهديدات نبدأ بها، ونحوّلها إلى [[Security plan]].",
            "احفظوا التقييم حيث لا يقرؤه إلا أعضاء المرافقة.[^1]",
            "[^1]: مساحة عمل الممارسين في Braid، المشفّرة أثناء التخزين، قادمة؛ وإلى أن تصل، \
أبقوا التقييمات خارج هذا الويكي، في تخزين مشفّر لا يفتحه إلا أعضاء المرافقة.",
        ],
    ),
    (
        "discover",
        "first-conversations",
        "es",
        "Primeras conversaciones",
        &[
            "Antes de cualquier evaluación, escucha. Las primeras conversaciones con una \
organización deciden si te confiará lo que le preocupa.",
            "## Antes de reuniros",
            "- Acordad cómo vais a hablar: qué canal, quién está en la sala, qué se pone por \
escrito.\n\
- Lee lo que la organización ha publicado y lo que se ha publicado sobre ella.\n\
- Pregunta quién más la ha apoyado y cómo fue.",
            "## En la conversación",
            "Empieza por el trabajo, no por las amenazas: *¿qué intentáis conseguir y qué os lo \
impide?* Las amenazas salen solas, con las palabras de la organización.",
            "## Después",
            "Anota lo que escuchaste, compártelo y pregunta en qué te equivocaste. Después, pasa \
a [[Risk assessment]].",
        ],
    ),
];

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
