# Interface strings, English. Every other language falls back to these.
language-name = English

skip-to-content = Skip to content
search-label = Search the hub
search-button = Search
language-label = Language
language-button = Change
nav-account = Account
nav-sign-in = Sign in
nav-home = Home
breadcrumbs-label = You are here
footer-licence = Unless a page says otherwise, its content is shared under
footer-powered = Runs on Braid, free software for communities of practice.

home-lede = A shared knowledge hub for holistic organisational security: digital, physical, legal and well-being, together. Written by practitioners, for the people and organisations they accompany.
home-empty = This hub has no sections yet.
group-phase = Phases of support
group-practice = Across every phase
group-community = Our community

section-no-pages = No pages have been written in this section yet.
pager-label = Other sections
pager-previous = Previous:
pager-next = Next:

search-title = Search
search-hint = Type a word or two in the search box above.
search-result-count = { $count ->
    [0] Nothing found.
    [one] One result.
   *[other] { $count } results.
}

sign-in-title = Sign in
sign-in-invitation-only = Membership of this hub is by invitation: a member vouches for each newcomer.
sign-in-not-yet = Member accounts are not open on this hub yet. Everything you can see here is public.

error-reference = Reference for the operators:
error-status = status
error-home = Go to the home page
error-400-title = That request could not be understood
error-400-text = Something in the request was missing or malformed. Go back, check what you entered and try again.
error-403-title = Not allowed
error-403-text = You cannot do that here. If you came from a link on another site, go to this hub directly and try again.
error-404-title = Page not found
error-404-text = There is nothing at this address. It may have moved, or the link may be mistyped.
error-405-title = Not possible here
error-405-text = This address does not accept that kind of request.
error-413-title = Too large
error-413-text = What you sent is larger than this hub accepts.
error-422-title = That request could not be understood
error-422-text = Something in the form was missing or malformed. Go back, check what you entered and try again.
error-500-title = Something went wrong on our side
error-500-text = This is not your fault. Please try again in a moment; if it keeps happening, give the operators the reference below.
error-503-title = Temporarily unavailable
error-503-text = The hub cannot answer right now. Please try again in a few minutes.
