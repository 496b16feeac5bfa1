"""The body walk: from the article's first line of prose to its end, which blocks are the
story and which are teasers, labels, meta lines, furniture or boxes inside it, where the
story ends (a story-end, sources or paywall line), and what closes it without being text
(the closing credit, a date line, the author's bio, box titles)."""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from ..lexicon import bylines as bl
from ..lexicon import labels
from ..lexicon.credits import is_caption_text
from ..lexicon.dates import is_time_stamp, parse_visible
from ..lexicon.markup import CARD_NAMES, KICKER_NAMES
from ..lexicon.names import LOWER_CODE, closing_code
from ..page.text import tag_of, text_lines, text_of
from ..page.tree import class_and_id, inside
from ..sites import Profile
from .blocks import PROSE_LINE, Block
from .boxes import (
    BOX_WORDS,
    box_of,
    in_key_points_box,
    one_of_sections,
    small_box_around,
    without_repeats,
)
from .cards import CARD_CHARS, CARD_CLIMB, KICKER_WORDS, card_shaped, card_title, titled_links
from .classify import (
    QUESTION_WORDS,
    all_bold,
    bullet_box,
    card_links,
    first_prose,
    is_card,
    is_crosshead,
    is_date_line,
    is_embed,
    is_name_line,
    is_page_nav,
    is_share_list,
    is_summary,
    is_teaser_list,
    meta_kind,
    styled_line,
)
from .ending import (
    bio_tail,
    end_mark,
    is_bio,
    is_sentence,
    source_credit,
    stray_end,
    without_end_mark,
)
from .parts import Draft

TAGS_LINKED = 0.8  # of a tags line after its label, the share that is link text (not commas)
_LABEL_KINDS = ("paragraph", "heading")
_CARD_KINDS = ("paragraph", "heading", "figure")
# Beside the text, a picture's credit ("Copyright: X", "© dpa"), a source's ("Quelle:
# Accurec", a company's press release) or a wire's machine line ("dpa-infocom, dpa:2503..."):
# no credit of the story's desk.
_NO_DESK_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright|fotos?|bilder?|photos?|quelle|source|dpa-infocom)\b", re.I
)
_META_KINDS = ("figure", "caption", "ad", "promo", "share", "byline", "dateline", "profile")


def read_body(
    draft: Draft,
    blocks: list[Block],
    body_root: etree._Element,
    profile: Profile,
    section_names: set[str],
) -> None:
    """Classify ``blocks`` from the body's start on into ``draft``: body, related, trailer
    and the meta lines found among them."""
    walk = _BodyWalk(draft, body_root, profile, section_names)
    for block in blocks:
        walk.take(block)
    walk.finish()


class _BodyWalk:
    """The state of one body walk: which label came last, which box is being skipped."""

    def __init__(
        self, draft: Draft, body_root: etree._Element, profile: Profile, section_names: set[str]
    ) -> None:
        self.draft, self.root, self.profile, self.section_names = (
            draft,
            body_root,
            profile,
            section_names,
        )
        self.teaser_label = self.summary_label = self.site_list = self.ended = False
        self.key_points: etree._Element | None = None  # the key points box being read
        self.skipped_box: etree._Element | None = None
        self.last_heading = ""
        self.taken = self.heading_taken = 0  # blocks taken so far, when the last heading came
        self.appended_at = self.related_at_append = 0  # when the body's last block came
        self.pending_line: Block | None = None  # a story's title link, maybe a list's first
        self.run_at = -1  # when the last title link of a run of them came
        self.heading_texts: set[str] | None = None  # the body element's headings, when asked
        self.late_byline: tuple[Block, Block | None] | None = None
        self.stamped = False  # a live ticker's entry stamp was seen: its entries have begun

    def take(self, block: Block) -> None:
        """One block, by the first rule that claims it; the story's own blocks are left."""
        self.taken += 1
        if self.pending_line is not None and not self._title_link(block):
            self._loose_cards(self.pending_line)  # a title link alone: maybe a card
            self.pending_line = None
        if self.ended or not inside(block.el, self.root):
            self._after_end(block)
        elif block.kind == "paragraph" and labels.SIGNATURE.match(block.text):
            self.draft.signature = block.text.strip("()")
        elif (self.skipped_box is not None and inside(block.el, self.skipped_box)) or (
            self._bullet_box(block)
        ):
            pass
        elif not (self._label(block) or self._listed(block) or self._meta(block)):
            self._story(block)

    def _story(self, block: Block) -> None:
        """Story text: a ``<br>`` paragraph that reads as several is taken line group by line
        group, once the whole is known to be no promo, caption or teaser."""
        if block.parts:
            for part in block.parts:
                self.take(part)
        else:
            self._story_block(block)

    def _trailer(self, block: Block) -> None:
        """A block after the body's end: the signature, or a credit right after the text (an
        editor's code, a wire desk's sign-off)."""
        draft = self.draft
        first = not draft.trailer
        draft.trailer.append(block)
        if block.kind != "paragraph":
            return
        if labels.SIGNATURE.match(block.text) and not draft.signature:
            draft.signature = block.text.strip("()")
        elif first and draft.closing_credit is None:
            code = closing_code(block.text)  # <div class="kuerzel">SDA/sep</div>
            if code and (self._beside_body(block) or LOWER_CODE.search(code)):
                draft.closing_credit = code
            elif (
                (credit := bl.desk_credit(block.text) or bl.source_credit_line(block.text))
                and self._beside_body(block)
                and not _NO_DESK_CREDIT.match(block.text)
            ):
                # "Reporting by A; Editing by B", "red, ORF.at/Agenturen" under the text
                draft.closing_credit = credit

    def _beside_body(self, block: Block) -> bool:
        """A block of plain text right beside the body's own element (in its parent), not a
        link of a menu further away ("TV"); an editor's lower-case initials may be anywhere
        right after the text, also as a link to the imprint."""
        return not block.links and self._attached(block)

    def _after_end(self, block: Block) -> None:
        """A block after the story's end: trailer, where the teasers of a labelled block
        attached to the end ("Quellen: ..." then "Weiterlesen auf X:" and its links) are
        still related; the site's own lists ("Meistgelesen") are not."""
        if not self._attached(block):
            self._trailer(block)
            return
        labelled = block.kind in _LABEL_KINDS
        under_label = self.teaser_label and (block.kind == "list" or block.link_only)
        teaser_line = block.kind == "paragraph" and labels.is_teaser_line(block.text, block.links)
        if labelled and labels.TEASER_LABEL.match(block.text):
            self.teaser_label = True
        elif labelled and labels.SITE_LIST_LABEL.match(block.text):
            self.teaser_label = False
        elif under_label or teaser_line:
            self.draft.related.extend(titled_links(block.el, block.links))
        elif self.teaser_label and block.kind in _CARD_KINDS and self._overlaid_card(block):
            pass  # a link preview's card under the label: its picture, title and summary
        else:
            self.teaser_label = False
        self._trailer(block)

    def _attached(self, block: Block) -> bool:
        """Inside the body's own container or the element around it: a block attached to the
        story's end, not the page's chrome further away."""
        around = self.root.getparent()
        return inside(block.el, self.root if around is None else around)

    def _label(self, block: Block) -> bool:
        """A line that labels what follows or ends the story: "Folgen Sie uns", "Lesen Sie
        auch:", "Themen", "In Kürze:"."""
        text = block.text
        if block.kind not in _LABEL_KINDS:
            return False
        sources = labels.SOURCES_LABEL.match(text) and not block.link_only
        policy = len(text) <= labels.COMMENT_POLICY_MAX and labels.COMMENT_POLICY.search(
            text[: labels.COMMENT_POLICY_AT]
        )
        if labels.BOX_END.match(text):
            self._drop_box_of(block, None)  # "Ende der Infobox": the info box, no story
        elif labels.PAYWALL_LINE.match(text):
            self.draft.paywall_line = self.draft.paywall_line or block
            self._drop_box_of(block, END_BOX_WORDS)  # the paywall box's badge above the line
            box = small_box_around(block.el, {self.root}, PAYWALL_BOX_WORDS)
            if box is not None and _text_goes_on(box, self.root):
                self.skipped_box = box  # the whole text follows the box (for search engines)
            else:
                self.ended = True
        elif (
            labels.STORY_END.match(text)
            or sources
            or policy
            or self.profile.end_markers.match(text)
        ):
            self.ended = True
            self._drop_box_of(block, END_BOX_WORDS)  # an appeal's title and lines above it
        elif labels.TEASER_LABEL.match(text):
            self.teaser_label = True
        elif labels.SITE_LIST_LABEL.match(text):
            self.site_list = True  # "Most Popular" inside the text: the site's list, skipped
        elif labels.TAGS_END.match(text):
            self.ended = True
        elif labels.TAGS_LABEL.match(text):
            self.site_list = True  # "RELATED TOPICS" over a box of topic links: skipped
        elif self._tags_line(block):
            self.ended = first_prose(self.draft.body) is not None  # above the text: meta
        elif labels.SUMMARY_LABEL.match(text) and self._opens_key_points(block):
            self.summary_label = True
        else:
            return False
        return True

    def _opens_key_points(self, block: Block) -> bool:
        """A summary label ("In Kürze:") over the key points at the body's top, or titling
        a box of its own further down (<aside><h4>Key points</h4><ul>...</ul></aside>),
        which may give them a title of their own before the list."""
        if self.draft.summary is not None:
            return False
        self.key_points = in_key_points_box(block.el, self.root)
        top = len(self.draft.body) <= 2
        return top or self.key_points is not None or box_of(block.el, self.root) is not None

    def _drop_box_of(self, block: Block, most_words: int | None) -> None:
        """Take back the blocks already taken from the box a closing line ends: the box is
        the line's nearest wrapper holding more than it, inside the body element and not
        one of its sections, with at most ``most_words`` words; the story's text before it
        stays. A funding appeal or a follow box opens on a title and a few lines of its own
        ("Auf Sie kommt es an!", "Kritischer Journalismus ...") before its call to act."""
        box = block.el
        while box is not None and len(text_of(box)) <= len(block.text):
            box = box.getparent()
        if box is None or inside(self.root, box):
            return
        if most_words is not None and (
            len(text_of(box).split()) > most_words or one_of_sections(box, self.root)
        ):
            return
        body = self.draft.body
        kept = len(body)
        while kept and inside(body[kept - 1].el, box):
            kept -= 1
        if most_words is None or first_prose(body[:kept]) is not None:
            del body[kept:]

    @staticmethod
    def _tags_line(block: Block) -> bool:
        """ "Schlagworte: <a>Elbfähren</a>, <a>Nahverkehr</a>": the topic links on the label's
        line, the rest of it all but the commas link text."""
        label = labels.TAGS_LINE.match(block.text)
        if not label:
            return False
        rest = len(block.text) - label.end() + 1
        linked = sum(len(t) for t, _ in block.links)
        return linked >= TAGS_LINKED * rest

    def _bullet_box(self, block: Block) -> bool:
        """The article's key points set as paragraphs in a box named so, at the body's top
        (<div class="bulletpoints"><p>...</p><p>...</p></div>): the summary, no text."""
        if self.draft.summary is not None or first_prose(self.draft.body) is not None:
            return False
        bullets = bullet_box(block, self.root)
        if bullets is None:
            return False
        self.draft.summary = bullets
        self.skipped_box = bullets.el
        return True

    def _listed(self, block: Block) -> bool:
        """Bullets under a summary label, teaser links (labelled or a list of links),
        galleries, in-page navigation and the site's links to the full story."""
        draft = self.draft
        if self.summary_label and block.kind == "list" and is_summary(block, self.profile):
            draft.summary, self.summary_label = block, False
            return True
        box = self.key_points
        if self.summary_label and box is not None and inside(block.el, box):
            return True  # the box's title between its label and its points
        self.summary_label = False
        if self.teaser_label and (block.kind == "list" or block.link_only):
            draft.related.extend(titled_links(block.el, block.links))
            return True
        if block.kind in ("paragraph", "quote") and labels.is_teaser_line(block.text, block.links):
            draft.related.extend(titled_links(block.el, block.links))
            return True  # "Lesen Sie auch: <a>...</a>", also set as a quote: a teaser
        if block.kind == "paragraph" and labels.is_pointer(block.text, block.links):
            draft.related.extend(titled_links(block.el, block.links[-1:]))
            return True  # "... erklären wir in unserem Beitrag <a>...</a>": a teaser
        if self.teaser_label and block.kind == "paragraph" and _lead_in(block.text):
            return True  # "Weitere Informationen finden Sie hier:" over the teasers' list
        self.teaser_label = False
        if self.site_list and (block.kind == "list" or block.link_only):
            return True
        self.site_list = False
        if (block.kind == "list" and is_teaser_list(block)) or self._link_run(block):
            draft.related.extend(titled_links(block.el, block.links))
            return True
        box = box_of(block.el, self.root) if block.kind == "list" else None
        if box is not None and labels.is_promo_list(block.items, "\n".join(text_lines(box))):
            # A box of its own around a list of what the channels offer: the promo, with
            # its call before the list ("Sie lesen gerade ...!") and its "Nein danke" after,
            # as far up as the box stays small (its header row is part of it).
            while (
                (parent := box.getparent()) is not None
                and parent is not self.root
                and not inside(self.root, parent)
                and len(text_of(parent).split()) < BOX_WORDS
            ):
                box = parent
            self.skipped_box = box
            while draft.body and inside(draft.body[-1].el, box):
                draft.body.pop()
            return True
        if block.kind == "list" and _promo_items(block):
            return True  # "Aktuelle Nachrichten aufs Handy? Hier geht es zur App" and the like
        cards = card_links(block)
        if cards:  # items of a picture, a linked heading and a line of description
            draft.related.extend(titled_links(block.el, cards))
            return True
        noise = self.profile.caption_noise
        if block.kind == "list" and all(is_caption_text(it, noise) for it in block.items):
            return True  # a gallery: one credited caption per picture
        if block.kind == "list" and is_page_nav(block):
            if draft.body and draft.body[-1].kind == "heading":
                draft.body.pop()  # its label: "Key Events"
            return True
        if block.kind == "paragraph" and self.profile.story_links.match(block.text):
            draft.related.extend((self.last_heading, h) for _, h in block.links[:1] if h)
            return True
        return False

    def _link_run(self, block: Block) -> bool:
        """A line of nothing but two or more links to stories of the site, each a title of
        a few words (<div><a>Parents pack board meeting</a> <a>What a four-day week
        means</a></div>): a list of teasers set without list markup. Topic links are single
        words or names; a deals list links to shops."""
        if block.kind != "paragraph" or not block.link_only or len(block.links) < 2:
            return False
        return all(self._story_title(text, href) for text, href in block.links)

    def _meta(self, block: Block) -> bool:
        """Figures, captions, ads, share lines, bylines and datelines among the body's
        blocks: noted where a field wants them, never body."""
        draft = self.draft
        kind = meta_kind(block, self.section_names, self.profile)
        if kind == "figure":
            draft.body_figures.append(block)
        if kind == "byline" and draft.byline is None and first_prose(draft.body) is None:
            draft.byline = block  # "Von ..." opening the body, under a photo credit
        elif kind == "byline" or (kind in _META_KINDS and _set_apart_credit(block)):
            self.late_byline = (block, draft.body[-1] if draft.body else None)
        if kind is None and is_date_line(block):
            updated = labels.UPDATE_LABEL.match(block.text)
            if updated and draft.update_line is None:
                draft.update_line = block  # "Updated 20:49, 5 Aug 2024" in a live blog
            above = first_prose(draft.body) is None
            if above and not updated and draft.dateline is None and parse_visible(block.text):
                draft.dateline = block  # "March 3, 2018" over the text: the date it shows
            if updated or above:
                return True  # the date line above the text
        if kind not in _META_KINDS:
            return False
        if kind == "promo":
            self._skip_box_of(block)  # the promo's other lines ("Jetzt herunterladen")
            self._box_title_off(block)  # and its title over it ("We pay for your stories!")
        if kind == "caption" and not draft.captions:
            draft.captions.append(block)
        updated = kind == "dateline" and labels.UPDATE_LABEL.match(block.text)
        if updated and draft.update_line is None:
            draft.update_line = block
        elif kind == "dateline" and draft.dateline is None and first_prose(draft.body) is None:
            draft.dateline = block  # a labelled date line or info box over the text
        return True

    def _story_block(self, block: Block) -> None:
        """The block is body unless it is an embed, furniture, a link line or the heading of
        a box inside the body."""
        text = block.text
        if is_embed(block):
            self._skip_box_of(block)  # a consent placeholder's button and privacy hint
            return
        if self._media_box(block):
            return  # "Audio" over a player's title and its running time
        if block.kind in ("paragraph", "heading") and _embed_title(block):
            return  # "Regenradar live" over the widget's frame
        if block.kind == "list" and is_share_list(block):
            return
        if block.kind in _LABEL_KINDS and labels.is_furniture(text):
            return
        if block.kind in ("paragraph", "heading") and is_time_stamp(text):
            self.stamped = True
            return  # "16:45 Uhr" over a live ticker's entry: its stamp, no text
        if block.kind in ("paragraph", "list") and self._table_of_contents(block):
            return  # the headings below, listed at the top to jump to
        if block.kind == "paragraph" and self._card_description(block):
            return  # "Bereits als Landesministerin war ...": a teaser card's line of text
        if block.kind in ("paragraph", "heading") and self._overlaid_card(block):
            return  # a card's title and summary under the empty link laid over the card
        if self._title_link(block):
            self._title_links(block)
            return  # a story's title link, alone (a card) or one of a list of them
        if self._labelled_card(block):
            return  # "Ratgeber <a>Ladekarten im Vergleich: ...</a>" in a teaser's box
        if block.kind == "paragraph" and block.link_only and (len(text) < 120 or is_card(block)):
            self._loose_cards(block)
            return  # a link line: a card of another story, or a stray link of the page
        if block.kind == "paragraph" and block.link_only and len({h for _, h in block.links}) == 1:
            return  # prose that is all one link: a card's description, its title read apart
        if any(b.kind == "paragraph" for b in self.draft.body) and is_crosshead(block):
            block = replace(block, kind="heading", level=2)  # "<p><b>Straflosigkeit</b></p>"
        if block.kind == "heading":
            # A bold line set inside a <p> over its text titles the paragraph's own section:
            # the box it might title is around the paragraph, not the paragraph.
            parent = block.el.getparent()
            inline = parent is not None and tag_of(parent) == "p" and tag_of(block.el) != "p"
            box = box_of(parent if inline else block.el, self.root)
            if box is not None and block.link_only:  # a card's linked title over its text
                self._loose_cards(block)
            if box is not None:
                self.skipped_box = box
                return
            if not self.stamped and not any(b.kind == "paragraph" for b in self.draft.body):
                return  # a display title over the body, not a section heading (an entry's
                # title under its stamp is one)
            body = self.draft.body
            left_out = self.taken - self.heading_taken > 1  # blocks left out since it
            if (
                body
                and body[-1].kind == "heading"
                and body[-1].level >= block.level
                and left_out
                and not is_sentence(body[-1].text)
                and not body[-1].text[:1].isdigit()
            ):
                # The heading before titled no text, only what was left out (a newsletter
                # form, a list of teasers): the box's title. A listicle's points stay.
                body.pop()
            self.last_heading = text
            self.heading_taken = self.taken
        if self._title_over_teasers():
            self.draft.trailer.append(self.draft.body.pop())
        self.draft.body.append(block)
        self.appended_at, self.related_at_append = self.taken, self._teasers_noted()

    def _title_link(self, block: Block) -> bool:
        """A line that is one link to a story of the site, its title of a few words."""
        if block.kind != "paragraph" or not block.link_only or len(block.links) != 1:
            return False
        return self._story_title(*block.links[0])

    def _story_title(self, title: str, href: str) -> bool:
        """A link's text that is a story's title and its target a story of the site; not a
        topic or a name (a word or two), a sentence, "Alle anzeigen" or a job ad."""
        if len(title.split()) < TITLE_WORDS or len(title) >= TITLE_MAX:
            return False
        return not labels.NOT_A_TEASER.search(title) and bool(href) and self.draft.own_story(href)

    def _labelled_card(self, block: Block) -> bool:
        """A card set into the text as one line, in a short wrapper named a teaser or card:
        a label of a few words (its kicker or category, "Ratgeber") and one link to another
        story of the site, its title; noted as a teaser."""
        if block.kind != "paragraph" or len(block.links) != 1:
            return False
        title, href = block.links[0]
        label = block.text.replace(title, "", 1).strip(" :|·–-")
        if not label or len(label.split()) > KICKER_WORDS or not self._story_title(title, href):
            return False
        node = block.el
        for _ in range(CARD_CLIMB + 1):
            if node is None or node is self.root or len(text_of(node)) > CARD_CHARS:
                return False
            if CARD_NAMES.search(class_and_id(node)):
                self.draft.related.extend(titled_links(block.el, block.links))
                return True
            node = node.getparent()
        return False

    def _title_links(self, block: Block) -> None:
        """Title links on lines of their own one after the other (<div><a>...</a></div> per
        story): a list of teasers set without list markup; a title link alone waits for the
        next block to tell."""
        related = self.draft.related
        if self.pending_line is not None:
            related.extend(titled_links(self.pending_line.el, self.pending_line.links))
            self.pending_line = None
            related.extend(titled_links(block.el, block.links))
        elif self.run_at == self.taken - 1:
            related.extend(titled_links(block.el, block.links))
        else:
            self.pending_line = block
        self.run_at = self.taken

    def _teasers_noted(self) -> int:
        """Teasers noted so far from boxes and labels, not loose link lines (a picture
        credit's link, a sponsored card), which the fields sift later."""
        return len(self.draft.related) - len(self.draft.loose_cards)

    def _title_over_teasers(self) -> bool:
        """The body's last block, a heading or a short line, titled only teasers, left out
        since, not the text that follows them: a box's title, a label ("More:"), an offer
        of more ("Mehr aus dem Rathaus") or a pitch to the reader ("Exklusive Hintergründe
        – für Sie recherchiert") over links to other stories. A section heading may have
        teasers between it and its text (a ticker's entries)."""
        body = self.draft.body
        if not body or self.taken - self.appended_at < 2:
            return False
        last = body[-1]
        short_line = last.kind == "paragraph" and len(last.text) <= TITLE_LINE_MAX
        if last.kind != "heading" and not (short_line and not is_sentence(last.text)):
            return False
        titled = (
            last.text.endswith(":")
            or labels.addresses_reader(last.text)
            or labels.MORE_OPENER.match(last.text)
        )
        return bool(titled) and self._teasers_noted() > self.related_at_append

    def _table_of_contents(self, block: Block) -> bool:
        """A block of two or more lines, each the text of a heading of the body's element and
        linked within the page if at all: the article's contents, listed to jump to."""
        lines = block.items if block.kind == "list" else block.text.split("\n")
        if len(lines) < 2 or any(not href.startswith("#") for _, href in block.links):
            return False  # links to other pages: teasers, whose titles are headings too
        if self.heading_texts is None:
            self.heading_texts = {
                text_of(h) for h in self.root.iter("h2", "h3", "h4", "h5") if text_of(h)
            }
        return all(line in self.heading_texts for line in lines)

    def _card_description(self, block: Block) -> bool:
        """A short line inside a wrapper named a teaser or card (below the body's element)
        that links to another story outside the line: the card's description, whose title
        link opens the card; the card is noted as a teaser."""
        if len(block.text) > CARD_DESCRIPTION_MAX or block.links:
            return False
        node = block.el
        for _ in range(CARD_CLIMB):
            node = node.getparent()
            if node is None or node is self.root or inside(self.root, node):
                return False
            if CARD_NAMES.search(class_and_id(node)) and len(text_of(node)) <= CARD_CHARS:
                links = [a for a in node.iter("a") if a.get("href") and text_of(a)]
                if links:
                    self.draft.related.extend(
                        titled_links(node, [(text_of(a), a.get("href")) for a in links[:1]])
                    )
                    self.draft.loose_cards.extend(self.draft.related[-1:])
                    return True
        return False

    def _overlaid_card(self, block: Block) -> bool:
        """A line of a small box that an empty link to another story of the site is laid
        over (<div><a href="/story" title="..."></a><div>Title</div><div>Summary</div>
        </div>, a link preview's markup): the box is a teaser card, noted once, skipped."""
        if block.links:
            return False
        node = block.el
        for _ in range(CARD_CLIMB):
            node = node.getparent()
            if node is None or node is self.root or inside(self.root, node):
                return False
            if len(text_of(node)) > CARD_CHARS:
                return False
            empty = [a for a in node.iter("a") if a.get("href") and not len(a) and not text_of(a)]
            if not empty:
                continue
            href = empty[0].get("href") or ""
            title = card_title(empty[0])
            if not self.draft.own_story(href) or len(title.split()) < TITLE_WORDS:
                return False
            if (title, href) not in self.draft.related:  # its title's line, then its summary's
                self.draft.related.append((title, href))
            self.skipped_box = node
            return True
        return False

    def _loose_cards(self, block: Block) -> None:
        """Note the links of a link-only block that open cards of other stories."""
        # A heading set inside its card's link holds no link: the link is around it.
        anchors = list(block.el.iter("a")) or list(block.el.iterancestors("a"))
        anchors = [a for a in anchors if not _kicker_link(a, block.el)]
        cards = {(text_of(a), a.get("href") or "") for a in anchors if card_shaped(a, self.root)}
        loose = titled_links(block.el, [c for c in block.links if c in cards])
        self.draft.related.extend(loose)  # in page order; the fields keep the site's stories
        self.draft.loose_cards.extend(loose)

    def _media_box(self, block: Block) -> bool:
        """A label naming the medium ("Audio", "Video") that opens a small box holding a
        running time ("3 Min", "02:45"), or that opens the one line of a box its markup
        names a player's (<div class="video-teaser" data-player=...><span>Video</span>
        <span>Title</span></div>): a player's box, its title no text; skipped whole."""
        if block.kind != "paragraph":
            return False
        if labels.MEDIA_LABEL.match(block.text):
            box = box_of(block.el, self.root)
            if box is None or not any(labels.RUNNING_TIME.match(x) for x in text_lines(box)):
                return False
            self.skipped_box = box
            return True
        label, _, title = block.text.partition(" ")
        if not title or not labels.MEDIA_LABEL.match(label) or "\n" in block.text:
            return False
        player = next(
            (n for n in (block.el, *block.el.iterancestors()) if _names_a_player(n)), None
        )
        if player is None or len(text_of(player)) > len(block.text) + 2:
            return False
        self.skipped_box = player
        return True

    def _skip_box_of(self, block: Block) -> None:
        """Leave out the rest of the small box a non-story line opens (a promo, a consent
        placeholder): the box's other lines belong to it; or the player right after a line
        pointing at it (its title and running time)."""
        box = box_of(block.el, self.root)
        player = block.el.getnext()
        if box is not None:
            self.skipped_box = box
        elif player is not None and any(
            True for _ in player.iter("button", "audio", "video", "iframe")
        ):
            self.skipped_box = player

    def _box_title_off(self, block: Block) -> None:
        """The lines read into the body just before a promo line that share its small box
        (its title, "Immer informiert!" over "Jetzt Newsletter abonnieren") belong to the
        promo, not the text."""
        box = box_of(block.el, self.root)
        body = self.draft.body
        while box is not None and body and inside(body[-1].el, box) and body[-1].el is not box:
            body.pop()

    def _trailing_headings(self) -> None:
        """Headings after the text title boxes under it ("Mehr zum Thema"), unless they are
        sentences of their own (a listicle's points, set as headings)."""
        body = self.draft.body
        while body and body[-1].kind == "heading" and not is_sentence(body[-1].text):
            self.draft.trailer.insert(0, body.pop())

    def _stray_lines(self) -> None:
        """Date lines, bios and stray lines after the last sentence to the trailer."""
        body = self.draft.body
        while (
            body
            and (is_date_line(body[-1]) or is_bio(body[-1]) or stray_end(body[-1]))
            and not bl.reporters_line(body[-1].text)  # "(A und B, 3.5.2024)": the credit
            and not closing_code(body[-1].text)  # "(APA, red, 3.2.2021)": the credit
            and not bl.source_credit_line(body[-1].text)  # "Quelle: Unternehmen"
        ):
            self.draft.trailer.insert(0, body.pop())  # "Benedikt Strunz, NDR 28.04.2020"

    def _closing_credit(self) -> bool:
        """The credit closing the story, as its own last line ("amw", "SDA/sep", "mit dpa")
        or after its last sentence ("... Vorjahr. (amo)"), taken out of the text; whether
        the last block went with it."""
        body = self.draft.body
        if body and body[-1].kind == "paragraph":
            code = (
                closing_code(body[-1].text)
                or source_credit(body[-1])
                or bl.reporters_line(body[-1].text)
                or bl.desk_credit(body[-1].text)
                or bl.source_credit_line(body[-1].text)
            )
            if code:
                source = bl.source_credit_line(body[-1].text) == code
                self.draft.trailer.insert(0, body.pop())
                self.draft.closing_credit = code
                last = body[-1] if source and body and body[-1].kind == "paragraph" else None
                text, editors = bl.split_closing_credit(last.text) if last else ("", None)
                if editors:  # "... Prozent. /ck/jha/he" over "Quelle: dpa-AFX": the code signs
                    body[-1] = replace(last, text=text)
                    self.draft.closing_credit = editors
                return True
        last = first_prose(body[::-1])
        if last is not None:
            text, code = bl.split_closing_credit(last.text)
            if code:
                body[next(i for i, b in enumerate(body) if b is last)] = replace(last, text=text)
                self.draft.closing_credit = code
        return False

    def finish(self) -> None:
        """Repeats out, trailing headings to the trailer, a closing name line to the byline."""
        draft = self.draft
        if self.pending_line is not None:
            self._loose_cards(self.pending_line)
            self.pending_line = None
        draft.body = _interview_questions(without_repeats(draft.body))
        body = draft.body
        if len(body) > 2 and is_bio(body[-2]) and bio_tail(body[-1]):
            draft.trailer.insert(0, body.pop())  # the bio's second line: "Sein Interesse ..."
        if body and end_mark(body[-1]):
            draft.trailer.insert(0, body.pop())
        if body:
            body[-1] = without_end_mark(body[-1])
        self._stray_lines()
        self._trailing_headings()
        if self._closing_credit():
            self._stray_lines()  # what stood between the text and its credit
            self._trailing_headings()
        late = self.late_byline
        if draft.body and is_name_line(draft.body[-1]):
            draft.closing_byline = draft.body.pop()
            if bl.interviewer_credit(draft.closing_byline.text):
                draft.body = [_as_paragraph(b) for b in draft.body]
        elif (
            late is not None
            and draft.body
            and late[1] is draft.body[-1]
            and (
                bl.labelled_names(late[0].text)
                or _styled_credit(late[0])
                or _set_apart_credit(late[0])
            )
        ):
            draft.closing_byline = late[0]  # "Autor: ..." as the body's last line
        elif late is not None and draft.body and late[1] is draft.body[-1]:
            draft.late_byline = late[0]  # "Von X" after the text: the fields weigh it


INTERVIEW_QUESTIONS = 2  # bold questions too long for subheadings: an interview's


def _interview_questions(body: list[Block]) -> list[Block]:
    """Two or more paragraphs that are each a bold question too long for a subheading: the
    text is (or holds) an interview, and its shorter bold questions ("Kann man Schlaf
    nachholen?") are its questions as well, no crossheads."""
    asked = sum(
        b.kind == "paragraph"
        and b.text.endswith("?")
        and len(b.text.split()) > QUESTION_WORDS
        and all_bold(b.el)
        for b in body
    )
    if asked < INTERVIEW_QUESTIONS:
        return body
    return [_as_paragraph(b) if b.text.endswith("?") else b for b in body]


def _as_paragraph(block: Block) -> Block:
    """An interview's question set in bold, read as a crosshead, given back as the
    paragraph it is: the interviewer's credit closing the text says what the bold lines
    are."""
    if block.kind == "heading" and tag_of(block.el) == "p":
        return replace(block, kind="paragraph", level=0)
    return block


def _set_apart_credit(block: Block) -> bool:
    """A credit line the markup may call a credit or promo, set apart by parentheses or
    ticker marks and naming a person: "+++ Maren Beispiel +++", "(Text: Anna Beispiel)"."""
    text = block.text.strip()
    apart = (text.startswith("(") and text.endswith(")")) or text.startswith("+++")
    return apart and block.kind == "paragraph" and bool(bl.closing_names(text))


def _styled_credit(block: Block) -> bool:
    """A byline set in italics or bold as the text's last line, naming a person ("<i>von
    Lena Hartwig, Deutsche Presse-Agentur</i>"), not only the site or an agency; a plain
    "Von X" after the text may be a teaser's."""
    text = block.text
    if not styled_line(block) or not bl.is_byline(text):
        return False
    return any(p["role"] != "agency" for p in bl.parse(text))


EMBED_TITLE_WORDS = 8


def _embed_title(block: Block) -> bool:
    """A short line that only titles the frame beside it (<div><p>Regenradar live</p>
    <iframe ...></iframe></div>): the embedded widget's title, no text."""
    box = block.el.getparent()
    if box is None or len(block.text.split()) > EMBED_TITLE_WORDS:
        return False
    framed = next(box.iter("iframe", "embed", "object"), None) is not None
    return framed and text_of(box) == block.text


_PLAYER_NAMES = re.compile(r"video|player|audio|podcast", re.I)


def _names_a_player(el: etree._Element) -> bool:
    """The element's markup names a media player (its class or id, a player's data)."""
    return bool(_PLAYER_NAMES.search(class_and_id(el))) or any(
        el.get(a) is not None for a in ("data-player", "data-media-id", "data-video-id")
    )


def _lead_in(text: str) -> bool:
    """A short sentence ending on a colon: the lead-in of the list a label opens ("Weitere
    Informationen finden Sie hier:"); a label of its own ("Aus dem Datencenter:") opens
    another box."""
    return len(text) <= LEAD_IN_MAX and text.endswith(":") and len(text.split()) >= LEAD_IN_WORDS


LEAD_IN_MAX = 300
LEAD_IN_WORDS = 6


def _promo_items(block: Block) -> bool:
    """A list whose items are mostly the site's promos for its channels (two or more, half
    of them or more), or whose items name its channels and link only to them: the
    channels' box, no text."""
    promos = sum(labels.is_promo(item, block.links) for item in block.items)
    if promos >= 2 and promos * 2 >= len(block.items):
        return True
    return labels.is_channel_list(block.items, block.links)


def _kicker_link(a: etree._Element, block_el: etree._Element) -> bool:
    """A link set as a card's kicker (<p class="dachzeile"><a>...</a></p>): the card's title
    follows in a link of its own."""
    nodes = [a, *a.iterancestors()]
    upto = nodes.index(block_el) + 1 if block_el in nodes else 2
    return any(KICKER_NAMES.search(class_and_id(n)) for n in nodes[:upto])


END_BOX_WORDS = 250  # a box closed by a follow or funding call: a title and a few lines
TITLE_LINE_MAX = 80  # a box's title on a line of its own
TITLE_MAX = 120  # a longer link text is a sentence or a description
TITLE_WORDS = 4  # a story's title, not a topic ("Deutscher Wetterdienst") or a name
CARD_DESCRIPTION_MAX = 300  # a card's line of description is one or two sentences


PAYWALL_BOX_WORDS = 120  # a paywall box: a badge, its line, benefits, a button, a login
TEXT_AFTER_PAYWALL = 2  # paragraphs of prose after the box: the text goes on


def _text_goes_on(box: etree._Element, root: etree._Element) -> bool:
    """The story's own paragraphs follow the paywall box inside the body element (a page
    that carries the whole text behind the box, as Piano's markup does): two or more
    paragraphs of prose, hardly linked, after the box."""
    prose = 0
    node = box
    while node is not None and node is not root:
        for sib in node.itersiblings():
            for p in sib.iter("p"):
                text = text_of(p)
                linked = sum(len(text_of(a)) for a in p.iter("a"))
                if len(text) >= PROSE_LINE and linked * 5 < len(text) and is_sentence(text):
                    prose += 1
                    if prose >= TEXT_AFTER_PAYWALL:
                        return True
        node = node.getparent()
    return False
