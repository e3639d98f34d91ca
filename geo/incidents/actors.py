"""The actors of an incident: named groups of the actor dictionary, state forces named
by their country ("Ruritanian troops", "US air strikes") and unnamed ones named ACLED's
way ("gunmen": an "Unidentified Armed Group (<country>)"); actor1 acts, actor2 is acted
on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geo.gazetteer import Gazetteer
from geo.incidents.actor_agent import agent_of, title_generic
from geo.incidents.actor_country import clue_country, home_over_namesake, party_country
from geo.incidents.actor_origin import armed_men_origin, from_origin
from geo.incidents.actor_party_victims import party_of_victims
from geo.incidents.actor_crowds import crowd_hits_civilians, crowd_nations, crowd_people, crowds_fight_each_other
from geo.incidents.actor_units import one_side_per_state
from geo.incidents.actor_roles_device import sides_only_hit
from geo.incidents.actor_roles_hit import crowd_faces, force_act_not_on_crowd, force_only_cause
from geo.incidents.actor_sides import (FORCE_NAMES, civilian_site_hit, co_agents, named_after_device, other_side, place_abroad,
                                       site_force, weapon_owner)
from geo.incidents.aliases import actor_dictionary, actor_hits, armed_group_stems, group_blamed, is_state_force, negated, tied
from geo.incidents.background import background_spans
from geo.incidents.force_roles import force_is_source, force_spans, forces_act, forces_intervene, forces_only_hit
from geo.incidents.actor_names import (COMMUNAL_RAIDERS_SINCE, acled_country_name, country_code_of, country_style,
                                       gangs_named, named_gangs, people_hit_country, state_force_matches,
                                       state_force_spans, unidentified_identity, victims_country)
from geo.incidents.identity_militias import _KNOWN_AS, _group_pairs, _identity_militias, homeland_named, stated_origin
from geo.incidents.lexicon import generic_actors, noun_class, phrase_alternation
from geo.incidents.model import Sentence, inside
from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VAC

# The actors' interface: ``choose_actors``, and the names the pipeline, the locations and
# callers read with it (defined in ``actor_names`` and ``identity_militias``).
__all__ = ["choose_actors", "country_code_of", "gangs_named", "homeland_named"]

@dataclass
class _ActorMention:
    pos: int  # offset in the document
    name: str
    inter: int
    country: str = ""
    end: int = 0  # where its name ends in the document
    tie: bool = False  # named only as another's ally, backer or parent: an associated actor
    head: str = ""  # a state force's noun, singular ("soldier" of "Ruritanian soldiers")


# The noun a named group's men are called by ("Red Brigade militants"): said again alone
# ("four militants were killed") it names the same men, not an unidentified group.
_GROUP_HEAD = re.compile(r"\s+(militants|fighters|rebels|insurgents|jihadists|guerrillas|militiamen)\b")
# A force's noun qualifying a person who is none of its members: "a police informer".
_NOT_FORCE_AFTER = re.compile(r" (?:informers?|informants?|collaborators?|spies|spy)\b", re.I)


@cache
def _dictionary_homes() -> dict[str, frozenset[str]]:
    """Each dictionary actor's name -> the countries it is active in."""
    return {a.name: frozenset((a.country, *a.countries)) - {""} for a in actor_dictionary().actors}


def _generic_fits_country(name: str, iso: str) -> bool:
    """Whether an unnamed actor's fixed name (no "{country}") that is also a dictionary
    actor ("Settlers (Israel)") is active in country ``iso``; names with a country slot fit
    everywhere."""
    homes = _dictionary_homes().get(name) if "{" not in name else None
    return not homes or iso in homes


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _named_actors(sentences: list[Sentence], gz: Gazetteer, iso: str = "") -> list[_ActorMention]:
    """Dictionary actors and state forces ("Ruritanian troops") named in the sentences; a
    force named only as the report's source ("the army said") is none, nor a group whose
    name lies inside a state force's ("the Ruritanian National Defence Forces")."""
    out = []
    for s in sentences:
        forces = state_force_matches(s.text, gz)
        for hit in actor_hits(s.text):
            if negated(s.text, hit.start) or any(a < hit.start < b and not (is_state_force(hit.actor.name) and hit.actor.country == c)
                                                 for a, b, _, c in forces) \
                    or (is_state_force(hit.actor.name) and force_is_source(s.text, hit.start, hit.end)):
                continue
            actor = actor_dictionary().actor_in(hit, iso)  # "NAF" in Ukraine is not Nigeria's air force
            name = stated_origin(s.text, hit.start, hit.end, actor.name, gz)  # "Nigerien Koro herders"
            head = _GROUP_HEAD.match(s.text, hit.end) or _GROUP_HEAD.fullmatch(" " + hit.text.split()[-1].lower())
            out.append(_ActorMention(s.start + hit.start, name, actor.inter, actor.country, s.start + hit.end,
                                     tied(s.text, hit.start, hit.end), _singular(head.group(1)) if head else ""))
        for pos, end, name, iso in forces:
            # Not inside a group's own name ("Turkish-backed Syrian National Army"), nor
            # around a force's own ("Ruritanian Border Guards" named by the dictionary).
            if not any(o.pos - 3 < s.start + pos < max(o.end, o.pos + 3)
                       or (s.start + pos <= o.pos and o.end <= s.start + end and is_state_force(o.name)) for o in out) \
                    and not force_is_source(s.text, pos, end):
                out.append(_ActorMention(s.start + pos, name, 1, iso, s.start + end, tied(s.text, pos, end),
                                         _singular(s.text[pos:end].split()[-1])))
    return out


def choose_actors(sentences: list[Sentence], context_sentences: list[Sentence], gz: Gazetteer,
                  country_code: str, etype: str, sub: str, event_date: str | None = None) -> tuple[str, str, list[str]]:
    """actor1 acts, actor2 is acted on, assoc_actors are allied with either side: also
    every group named only as a side's ally, backer or parent ("backed by Ruritanian
    troops", "al-Qaeda's affiliate"), never a side itself. ``event_date`` (ISO): ACLED's
    naming of unnamed militias changed over the years (``unidentified_identity``)."""
    ties: list[str] = []
    actor1, actor2, assoc = _choose_actors(sentences, context_sentences, gz, country_code, etype, sub, ties, event_date)
    owner = weapon_owner(sentences, gz, country_code) if sub == "Disrupted weapons use" else ""
    if owner and owner != actor1:
        # "a Ruritanian drone was shot down by Lamorian air defence": ACLED lists who used the
        # weapon first, who disrupted it second.
        actor1, actor2 = owner, actor1 or actor2
        assoc = [a for a in assoc if a not in (actor1, actor2)]
    for name in ties:
        if name not in (actor1, actor2) and name not in assoc and len(assoc) < 3:
            assoc = [*assoc, name]
    if "Unidentified" in actor1 + actor2 or "Militia" in actor1 + actor2:
        origin, said_after = armed_men_origin(sentences, gz)
        if origin:
            # "Chadian gunmen raided a Sudanese village": ACLED names them by their country.
            actor1, actor2 = from_origin(actor1, actor2, origin, gz, said_after, country_code, sentences)
    if event_date and event_date < _SOUTH_SUDAN_SINCE:
        # South Sudan became a state on 9 July 2011: its land and people were Sudan's
        # before, as ACLED names them in its older data (not its forces: the SPLA was never
        # Sudan's army).
        actor1, actor2 = _before_south_sudan(actor1), _before_south_sudan(actor2)
        assoc = [_before_south_sudan(a) for a in assoc]
    return actor1, actor2, assoc


_SOUTH_SUDAN_SINCE = "2011-07-09"


def _before_south_sudan(name: str) -> str:
    return name.replace("(South Sudan)", "(Sudan)")


def _choose_actors(sentences: list[Sentence], context_sentences: list[Sentence], gz: Gazetteer,
                   country_code: str, etype: str, sub: str, ties: list[str],
                   event_date: str | None = None) -> tuple[str, str, list[str]]:
    """actor1 acts, actor2 is acted on, assoc_actors are allied with either side.

    Named actors come from the incident's sentences first, then from sentences that
    belong to no other incident (a report names the groups hit in a later paragraph).
    Unnamed ones are named ACLED's way from the words that describe them: "gunmen" are an
    "Unidentified Armed Group (Nigeria)", "police" the "Police Forces of Kenya".
    ``context_sentences``: the report's sentences that belong to no incident (for the
    main incident; empty for the others).
    """
    told = " ".join(s.text for s in sentences + context_sentences)
    if not country_code:
        # Nothing placed the report: a people or a leader it names belongs to one country,
        # as do a country's own institutions ("the upazila chairman", "matatu drivers") and
        # parties ("the Jubilee primaries").
        country_code = homeland_named(told) or clue_country(told) or party_country(told)
    else:
        country_code = home_over_namesake(told, sentences + context_sentences, country_code)
    said = " ".join(s.text for s in sentences)  # the incident's own words
    country = country_style(gz, country_code) if country_code else ""  # "Military Forces of the United States"
    plain = acled_country_name(gz, country_code) if country_code else ""  # "Protesters (United States)"

    def generic_name(template: str, m: re.Match) -> str:
        if "{country}" in template and not country:
            return re.sub(r"\s*(?:of )?\(?\{country\}\)?", "", template).strip()
        return template.replace("({country})", f"({plain})").format(country=country, match_title=title_generic(m.group()))

    def fill(name: str) -> str:
        return name.replace(" ({country})", f" ({plain})" if plain else "")

    named_mentions = _named_actors(sentences, gz, country_code)
    for a in named_mentions:
        if a.tie and is_state_force(a.name) and a.country == country_code:
            # "AU troops supported by the Ruritanian army" in Ruritania: in a joint operation
            # the home state's forces are a side of their own (ACLED lists them first).
            a.tie = False
    primary = [(a.pos, fill(a.name)) for a in named_mentions if not a.tie]
    named_spans = [(a.pos, a.end) for a in named_mentions]
    ties += [fill(a.name) for a in named_mentions if a.tie]
    # "Ruritanian soldiers … one soldier was wounded": the noun again names the same force.
    named_heads = {a.head for a in named_mentions if a.head}
    identity = _identity_militias(sentences, gz, country_code)
    primary += [(pos, fill(name)) for pos, end, name in identity if not any(abs(pos - p) < 3 for p, _ in primary)]
    gangs = named_gangs(sentences)
    primary += [(pos, name) for pos, _, name in gangs if not any(abs(pos - p) < 3 for p, _ in primary)]
    named_spans += [(pos, end) for pos, end, _ in gangs]
    context_named = [a for a in _named_actors(context_sentences, gz, country_code) if not a.tie]
    secondary = [(a.pos, fill(a.name)) for a in context_named]
    # "Red Brigade militants entered Oldtown. The militants burned the market": the noun said
    # again in the incident names the group the report named with it before.
    earlier_heads = {a.head: (a.pos, fill(a.name)) for a in context_named if a.head and not is_state_force(a.name)}
    generic = []
    # Where each actor is named (for who acted together: "soldiers and police killed …").
    mention_spans = [(m.pos, m.end, fill(m.name)) for m in named_mentions if not m.tie] \
        + [(pos, end, fill(name)) for pos, end, name in identity] + [(pos, end, name) for pos, end, name in gangs]
    by_backers = set()  # "Ruritania-backed Militias": unnamed, so never an associated actor
    for s in sentences:
        spans = background_spans(s.text)
        for g in generic_actors():
            for m in g.pattern.finditer(s.text):
                if inside(m.start(), spans) or any(a <= s.start + m.start() <= b + 1 for a, b, _ in identity) \
                        or any(a <= s.start + m.start() <= b + 1 for a, b in named_spans):
                    # "troops" of "Ruritanian troops", "Army" of "the Red Hill Army", the
                    # "security forces" of "Red Brigade security forces": named already
                    continue
                known = _KNOWN_AS.match(s.text, m.end())
                if known and any(a == s.start + known.end() for a, _ in named_spans):
                    continue  # "militiamen known as the Red Brigade": that group
                the_gang = m.group().lower() == "gang" and s.text[max(0, m.start() - 4) : m.start()].lower() == "the "
                if g.name.startswith("Unidentified Armed Group") and (
                        _singular(m.group().split()[-1]) in named_heads
                        or ((m.group().lower() in ("attackers", "assailants", "the attackers") or the_gang)
                            and any(a.pos < s.start + m.start() and (a.head or the_gang) and not a.tie and not is_state_force(a.name)
                                    for a in named_mentions))
                        or (the_gang and any(pos < s.start + m.start() for pos, _, _ in gangs))):
                    # "BLA militants attacked … four militants were killed", "Red Brigade rebels
                    # attacked …; the attackers fled", "… fees the gang demanded": the named
                    # group's men (named as fighters)
                    continue
                earlier = earlier_heads.get(_singular(m.group().split()[-1])) if g.name.startswith("Unidentified") else None
                if earlier and earlier[0] < s.start + m.start():
                    primary.append((s.start + m.start(), earlier[1]))
                    mention_spans.append((s.start + m.start(), s.start + m.end(), earlier[1]))
                    continue
                if g.name.startswith(FORCE_NAMES) and (force_is_source(s.text, m.start(), m.end())
                                                        or _NOT_FORCE_AFTER.match(s.text, m.end())
                                                        or _singular(m.group().split()[-1]) in named_heads):
                    continue  # "…, the army said": the report's source, never an actor
                if g.name.startswith("Civilians") and etype in (PROTESTS, RIOTS):
                    continue
                if not _generic_fits_country(g.name, country_code):
                    continue  # "settlers" name Israel's only where it holds settlements
                generic.append((s.start + m.start(), generic_name(g.name, m)))
                mention_spans.append((s.start + m.start(), s.start + m.end(), generic[-1][1]))
                if "{match_title}" in g.name:
                    by_backers.add(generic[-1][1])
    ordered: list[str] = []
    taken_spans = [p for p, _ in primary]
    for pos, name in sorted(primary) + sorted(g for g in generic if not any(abs(g[0] - p) < 2 for p in taken_spans)) \
            + sorted(secondary):
        if name not in ordered:
            ordered.append(name)
    ordered = one_side_per_state(ordered, mention_spans, sentences)  # "police" and "the GSU"
    if etype in (PROTESTS, RIOTS):
        # ACLED puts the crowd first; police intervening are the second actor.
        crowd_name = ("Rioters" if etype == RIOTS else "Protesters") + (f" ({plain})" if plain else "")
        crowd = [a for a in ordered if a.startswith(("Protesters", "Rioters"))]
        actor1 = crowd[0] if crowd else crowd_name
        if etype == RIOTS and actor1.startswith("Protesters"):
            actor1 = crowd_name
        nations = crowd_nations(sentences, gz)  # "Ruritanian refugees rioted": the crowd's own country
        if not nations and not _placed_in(country_code, sentences + context_sentences):
            # No place of the report lies in the country the crowd was named after: it came
            # from a country or a people the report names, maybe the one the crowd decries
            # ("Ruritanians marched against Lamorian troops"); the crowd's own people say.
            nations = crowd_people(sentences, gz)[:1]
        if nations:
            actor1 = actor1.split(" (")[0] + f" ({acled_country_name(gz, nations[0])})"
        # A people's or community's armed men who attack ("Koro youths armed with machetes
        # torched Lamo homes") are its militia acting, as a named armed group's members are;
        # unarmed, its youths who stone or burn are the rioters (ACLED's identity militias
        # are armed groups).
        armed = armed_group_stems() | ({fill(name).split(" (")[0] for _, _, name in identity}
                                       if identity and _PEOPLES_ARMS.search(said) else set())
        agent = agent_of(sentences, ordered, gz, country_code) if etype == RIOTS and any(a.split(" (")[0] in armed for a in ordered) \
            and not _CROWD_ACT.search(said) else None
        if agent and agent.split(" (")[0] in armed:
            actor1 = agent  # "Red Brigade members torched houses": the armed group acts; its rioting supporters are a crowd
        rest = [a for a in ordered if a != actor1 and not a.startswith(("Protesters", "Rioters"))]
        forces = [a for a in rest if is_state_force(a)]
        named = [a for a in rest if not a.startswith(("Civilians", "Unidentified"))]
        # A party's members are the crowd or its civilian targets, never an organised side
        # of the riot: the party is associated, not the second actor; vigilantes named as
        # the mob ("vigilantes beat a suspect to death") are the rioters themselves, as a
        # people's youths in the crowd are ("Koro youths stoned cars"): its identity, no side.
        peoples = {fill(name) for _, _, name in identity}
        # (nor a group named only as the riot's cause: "rioted after an attack by X")
        sides = [a for a in named if a not in _party_names() and not a.startswith("Vigilante Militia") and a not in peoples
                 and crowd_faces(sentences, mention_spans, a)]
        # Police who step in face the crowd even where the protest stayed peaceful
        # ("police blocked the marchers"): ACLED's second actor.
        named_forces = state_force_spans(said) if forces else []

        def intervene() -> bool:
            return forces_intervene(said, named_forces, skip=force_act_not_on_crowd)

        facing = bool(forces) and ((sub != "Peaceful protest" and not force_only_cause(said, force_spans(said, named_forces)))
                                   or intervene())
        if facing and sub == "Mob violence" and not crowd_faces(sentences, mention_spans, forces[0]) and not intervene():
            # "a mob lynched a thief before police intervened": the mob's victim is the second
            # side, the police who came to part or rescue are none (the crowd hit civilians).
            facing = False
        actor2 = forces[0] if facing else (sides[0] if sides and etype == RIOTS else "")
        protesters = [a for a in crowd if a.startswith("Protesters")]
        if sub == "Mob violence" and protesters and actor1.startswith("Rioters") and not facing:
            actor2 = protesters[0]  # "supporters attacked the protesters": a mob on a demonstration
        if etype == RIOTS and actor1.startswith("Rioters") and actor2 in (*forces, "") and crowds_fight_each_other(said):
            actor2 = ""  # "rival camps clashed before police dispersed them": the crowds are the sides
        if etype == RIOTS and not actor2 and actor1.startswith("Rioters") and _CROWDS_CLASH.search(said):
            # "supporters of two candidates clashed": two crowds fighting each other are
            # both rioters (ACLED's codebook), the parties they follow associated.
            actor2 = actor1 if len(nations) < 2 else f"Rioters ({acled_country_name(gz, nations[1])})"
        if not actor2 and (sub == "Mob violence" or (actor1.startswith("Rioters") and crowd_hits_civilians(said))):
            # A mob's victims with no force among them are civilians (ACLED's codebook), of
            # their own country ("a mob beat two Lamorian traders"); so are the people whose
            # homes or shops rioters strike ("rioters torched three houses").
            victims = _victims_nation(sentences, gz)
            actor2 = f"Civilians ({acled_country_name(gz, victims)})" if victims else "Civilians" + (f" ({plain})" if plain else "")
        assoc = [a for a in named if a != actor2][:3]
        return actor1, actor2, assoc
    unidentified = "Unidentified Armed Group" + (f" ({plain})" if plain else "")
    if not ordered:
        # Violence with no perpetrator named: ACLED's unidentified armed group, or the
        # unidentified militia of the identity the report gives the violence ("tribal
        # clashes" with no side named).
        kind = unidentified_identity(said, event_date, herders=True) if etype in (VAC, BATTLES) else ""
        if kind:
            unidentified = f"Unidentified {kind} Militia" + (f" ({plain})" if plain else "")
        if etype == VAC:
            victims = _victims_nation(sentences, gz)
            return unidentified, (f"Civilians ({acled_country_name(gz, victims)})" if victims
                                  else "Civilians" + (f" ({plain})" if plain else "")), []
        if sub == "Arrests":
            # "The former minister was arrested": the state arrests (ACLED's codebook).
            return ("Police Forces of " + country if country else "Police Forces"), "", []
        if etype == EXPLOSIONS:
            victims = next((c for s in sentences for c in [people_hit_country(s.text, gz)] if c), "")
            hit = site_force(unidentified, said, country) or (
                "Civilians" + (f" ({plain})" if plain else "") if sub in _THROWN_OR_PLANTED and not _INFRASTRUCTURE.search(said) else "")
            return unidentified, (f"Civilians ({acled_country_name(gz, victims)})" if victims else hit), []
        # Property destroyed or a device found with no one named: an unidentified group's.
        unnamed_act = etype == BATTLES or sub in _UNNAMED_DEEDS
        if etype == BATTLES:
            return unidentified, other_side(unidentified, said, country), []  # a clash has two sides
        return (unidentified, "", []) if unnamed_act else ("", "", [])
    # Civilians never act in political violence: an unnamed perpetrator is unidentified.
    agent = agent_of(sentences, ordered, gz, country_code, unidentified)
    # Peacekeepers a device hit ("a MINUSMA vehicle struck a mine"), and state forces when no
    # group is named to have planted it ("a convoy of soldiers hit an IED": an unidentified
    # group's device; with a group named, which side comes first is left to the rules
    # below): the subject of the strike is hit, not its agent.
    planter_unnamed = sub == "Remote explosive/landmine/IED" \
        and all(is_state_force(a) or a.startswith(("Civilians", "Unidentified")) for a in ordered)
    hit_sides = sides_only_hit(sentences, [(a.pos, a.end, a.name) for a in named_mentions if a.inter == 8 and not a.tie]
                               + [span for span in mention_spans if planter_unnamed and is_state_force(span[2])]) \
        if etype == EXPLOSIONS else set()
    if agent and (agent.startswith("Civilians") or agent in hit_sides):
        agent = None
    if sub == "Arrests" and agent is None and not _ARRESTER_NAMED.search(said):
        # "A rebel commander was arrested": the state arrests (ACLED's codebook: arrests are
        # by state forces or those in de facto control); the one held is the second actor.
        forces = [a for a in ordered if is_state_force(a)]
        agent = forces[0] if forces else ("Police Forces of " + country if country else "Police Forces")
        if agent not in ordered:
            ordered.insert(0, agent)
    actor1 = agent or next((a for a in ordered if not a.startswith("Civilians")), None)
    if agent is None and etype in (VAC, EXPLOSIONS) and actor1 and is_state_force(actor1) \
            and not forces_act(said, state_force_spans(said)):
        # "A trader was shot dead; police said …": the force answers, the attacker is unnamed.
        actor1 = next((a for a in ordered if not a.startswith("Civilians") and not is_state_force(a)), None)
    if agent is None and etype == EXPLOSIONS and (hit_sides or forces_only_hit(said, state_force_spans(said))):
        # "A police truck was hit by a roadside bomb", "a peacekeepers' convoy struck a mine":
        # the force is hit, whoever planted it acts (ACLED's second actor is the force). Not
        # in clashes: there ACLED puts the state's forces first whoever fired first (below).
        actor1 = next((a for a in ordered if not a.startswith("Civilians") and not is_state_force(a)
                       and a not in hit_sides), None)
    if agent is None and (etype, sub) == (EXPLOSIONS, "Remote explosive/landmine/IED") and actor1 \
            and not is_state_force(actor1) and named_after_device(sentences, mention_spans, actor1):
        # "an IED exploded targeting a patrol of the Red Brigade": the device is the
        # subject, the group named after it was hit; whoever planted it is not named.
        # (A state force hit keeps its place as the tune notes list it.)
        actor1 = None
    if etype == BATTLES and agent is None:
        # A clash whose initiator the report does not name: the state's forces first, as
        # ACLED orders the sides of an interaction (the lower inter code first).
        forces = [a for a in ordered if is_state_force(a)]
        if forces and actor1 not in forces:
            actor1 = forces[0]
    pair = next((p for s in sentences for p in _group_pairs(s.text, gz, country_code, [])), None) if etype == BATTLES else None
    if pair:
        # "clashes between the Koro and Lamo communities": the report names both sides of
        # the fighting, in that order; forces sent to part them are neither.
        return fill(pair[0][2]), fill(pair[1][2]), []
    if actor1 is None:
        # Civilians never act in political violence: houses torched or weapons seized by
        # people the report does not name are an unidentified group's deed.
        actor1 = unidentified if etype in (VAC, BATTLES, EXPLOSIONS) or sub in _UNNAMED_DEEDS else ordered[0]
    if actor1.startswith("Unidentified Armed Group"):
        # "gunmen believed to be members of the Red Brigade": ACLED codes the group the
        # report holds responsible (suspected or claiming), not an unidentified one.
        blamed = next((g for s in sentences + context_sentences for g in [group_blamed(s.text)] if g), "")
        if blamed:
            actor1 = next((a for a in ordered if a.split(" (")[0] == blamed.split(" (")[0]), fill(blamed))
    identity = unidentified_identity(said, event_date, herders=all(a.startswith("Civilians") for a in ordered))
    if identity and actor1.startswith("Unidentified Armed Group"):
        # "ethnic clashes", "a clan feud": ACLED names the unnamed side by its identity.
        actor1 = f"Unidentified {identity} Militia" + (f" ({plain})" if plain else "")
    rest = [a for a in ordered if a != actor1]
    # Those named with the first actor as one subject ("a joint team of soldiers and
    # police killed …") acted with it: associated actors, never its target.
    partners = co_agents(sentences, mention_spans, actor1)
    home = [p for p in partners if country and p in (f"Military Forces of {country}", f"Police Forces of {country}")]
    if home and actor1 in {fill(a.name) for a in named_mentions if a.inter == 8}:
        # "Wagner and FAMa soldiers killed …", "AMISOM and Somali troops attacked …": a foreign
        # or hired force acting beside the home state's forces is their associated actor;
        # ACLED lists the state's forces first.
        actor1 = home[0]
        rest = [a for a in ordered if a != actor1]
        partners = co_agents(sentences, mention_spans, actor1)
    if etype == VAC:
        civilians = [a for a in rest if a.startswith("Civilians")]
        actor2 = civilians[0] if civilians else ("Civilians" + (f" ({plain})" if plain else ""))
        victims = _victims_nation(sentences, gz)
        if _FOREIGN_CIVILIANS in civilians and victims != country_code:
            actor2 = _FOREIGN_CIVILIANS  # "a Lamorian tourist was robbed": a visitor from abroad
        elif victims:
            # "raiders from abroad attacked a Ruritanian village": ACLED names civilians
            # by their own country, not the attackers' or a namesake's.
            actor2 = f"Civilians ({acled_country_name(gz, victims)})"
    else:
        # The incident's own words before the report's other sentences: a group named only in
        # a background line ("a government backed by a foreign coalition") is not who the
        # shelling told here hit.
        # The event's own sentence first ("rebel shelling killed two civilians. The government,
        # backed by a foreign coalition, …": the civilians).
        own_names = {n for _, n in primary} | {n for _, n in generic}
        head = sentences[0] if sentences else None
        first_names = {n for p, n in primary + generic if head and head.start <= p < head.end}
        own = [a for a in rest if a in first_names] + [a for a in rest if a in own_names and a not in first_names] \
            + [a for a in rest if a not in own_names]
        own = [a for a in own if a not in partners]
        named_groups = [a for a in own if not a.startswith(("Civilians", "Unidentified"))]
        if named_groups and named_groups[0] not in first_names and own[0].startswith("Civilians") and own[0] in first_names:
            named_groups = []  # civilians hit in the event's sentence, a group only named after it
        # A battle is fought by armed sides: "members of the guard clashed with gunmen".
        armed = [a for a in own if not a.startswith("Civilians")] if etype == BATTLES else []
        actor2 = named_groups[0] if named_groups else (armed or own or [""])[0]
        if not actor2 and etype == EXPLOSIONS:
            # "strikes killed ten Ruritanians": people named by their nation are civilians
            # of it (ACLED's codebook: civilians hit from afar are the second actor).
            victims = next((c for s in sentences for c in [people_hit_country(s.text, gz)] if c), "")
            if victims:
                actor2 = f"Civilians ({acled_country_name(gz, victims)})"
    if etype == BATTLES and (not actor2 or actor2.startswith("Civilians")):
        kind = unidentified_identity(said, event_date, herders=True)
        if not kind and is_state_force(actor1) and _HERDERS.search(said):
            # "police clashed with spear-wielding herders": herders who fight a state's
            # forces are armed for their community (ACLED's communal militias; ethnic in its
            # older data), not an unidentified armed group.
            kind = "Ethnic" if event_date and event_date[:4] < COMMUNAL_RAIDERS_SINCE else "Communal"
        unnamed = f"Unidentified {kind} Militia" + (f" ({plain})" if plain else "") if kind else unidentified
        actor2 = other_side(actor1, said, country, unnamed) or actor2
    elif etype == EXPLOSIONS and not actor2:
        actor2 = site_force(actor1, said, country)  # "a bomb went off at an army checkpoint"
        if not actor2 and agent is None and sub in _THROWN_OR_PLANTED and is_state_force(actor1):
            # "An IED targeted an army truck, killing two soldiers": the force listed first is
            # the one hit; whoever planted or threw the device, unnamed, is the other side.
            actor2 = unidentified
        if not actor2 and ((sub in _THROWN_OR_PLANTED and not _INFRASTRUCTURE.search(said)) or civilian_site_hit(said)):
            # A grenade thrown or a bomb planted with no armed side named as hit strikes the
            # people where it goes off, as strikes on villages, homes or markets do: civilians
            # (ACLED's codebook), not "no one".
            actor2 = "Civilians" + (f" ({plain})" if plain else "")
    # A state striking from afar hits abroad; its soldiers killing villagers on the ground
    # are where the report placed them (a foreign namesake of the village is no clue).
    abroad = place_abroad(sentences, actor1, country_code) if actor2 == f"Civilians ({plain})" and etype == EXPLOSIONS else ""
    if abroad:
        actor2 = f"Civilians ({acled_country_name(gz, abroad)})"
    assoc = [a for a in rest if a != actor2 and a not in by_backers and not a.startswith(("Civilians", "Unidentified"))][:3]
    if actor1 in _party_names() and etype == VAC and party_of_victims(said, actor1):
        # "an ODM candidate was shot dead", "gunmen attacked the home of a party official":
        # the party names whom the attack hit, not who made it; an attacker the report
        # leaves unnamed is ACLED's unidentified armed group (the party associated).
        assoc = [actor1] + [a for a in assoc if a != actor1][:2]
        actor1 = unidentified
    elif actor1 in _party_names() and sub != "Abduction/forced disappearance":
        # A party's members or supporters who attack are civilians rioting (ACLED's
        # codebook; the dictionary's "party" kind): rioters, the party associated with them.
        # (Holding someone is no crowd's act: those who abduct act for the party.)
        assoc = [actor1] + [a for a in assoc if a != actor1][:2]
        actor1 = "Rioters" + (f" ({plain})" if plain else "")
    return actor1, actor2, assoc


def _victims_nation(sentences: list[Sentence], gz: Gazetteer) -> str:
    """ISO code of the nation the incident's victims are named by: a demonym before a
    civilian noun ("two Ruritanian traders"), or a people by its nation after a verb of harm
    and a count ("gunmen abducted three Ruritanians"); "" when none."""
    return next((c for s in sentences for c in [victims_country(s.text, gz) or people_hit_country(s.text, gz)] if c), "")


def _placed_in(iso: str, sentences: list[Sentence]) -> bool:
    """Whether the sentences name a place of country ``iso`` below the country itself (a
    town, a region): what makes a crowd's country the place's rather than a word's. (Every
    GeoNames PCL* code is read as the gazetteer's country code; a layer's dependent
    territory, TERR, is no place in the country either.)"""
    return bool(iso) and any(m.place is not None and m.place.country_code == iso and m.kind == "name"
                             and not m.place.is_country and m.place.feature_code != "TERR" for s in sentences for m in s.mentions)


@cache
def _party_names() -> frozenset[str]:
    """Names of the dictionary's political parties and movements (kind "party")."""
    return frozenset(a.name for a in actor_dictionary().actors if a.kind == "party")


_FOREIGN_CIVILIANS = "Civilians (International)"  # "a tourist", "aid workers" (generic_actors.toml)
_UNNAMED_DEEDS = frozenset({"Looting/property destruction", "Disrupted weapons use"})
_THROWN_OR_PLANTED = frozenset({"Grenade", "Remote explosive/landmine/IED", "Suicide bomb"})
# What a device destroys where no one is: a mast, a pipeline, a bridge, a power line.
_INFRASTRUCTURE = re.compile(r"\b(?:mast|tower|pipeline|power lines?|pylons?|bridge|rail(?:way)? (?:line|track)s?)\b", re.I)
# Two crowds fighting each other: "supporters of the two candidates clashed", "rival camps
# fought", "clashes between the two parties' supporters", "youths hurled stones at each other".
_HERDERS = noun_class("herders")
_CROWDS_CLASH = re.compile(r"\b(?:clash(?:ed|es)?|fought|fight(?:ing)?|scuffl\w+|brawl\w*|exchanged (?:blows|stones))\b"
                           rf"|\b(?:{phrase_alternation('each_other')})\b", re.I)
# Arms a people's men carry or use: they are its militia, not a crowd.
_PEOPLES_ARMS = re.compile(r"\b(?:armed|militia\w*|fighters|raiders|warriors|guns?|gunfire|rifles?|AK-?47s?|firearms|machetes?"
                           r"|pangas?|spears?|arrows|bows|knives|stabb\w*|hack(?:ed|ing))\b", re.I)
_CROWD_ACT = re.compile(r"\b(?:riot\w*|demonstrat\w*|protest\w*|march\w*|supporters)\b", re.I)


# "arrested by the militia", "rebels detained …": someone other than the state holds them.
_ARRESTER_NAMED = re.compile(r"\b(?:arrested|detained|abducted|held|seized) by\b", re.I)
