"""A bound volume (合订本): several issues rendered as one book, in date order.

Each issue keeps its own outline, cover and articles; its keys are prefixed with its place
in the volume (`i02s01a03`), so that anchors and file names of two issues never meet.
The volume's outline is one level deeper than an issue's: issue → column → article.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from markupsafe import Markup

from qtread.render.cover_image import COVER_URL, CoverImage, image_src
from qtread.render.html import IssueView, anchors, render
from qtread.render.meta import FALLBACK_MODIFIED, PublicationMeta
from qtread.render.outline import OutlineSection
from qtread.render.text import label

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://qtread.invalid/volume")


@dataclass(frozen=True, slots=True)
class VolumeView:
    """The volume as every rendered output sees it: its metadata and its issues."""

    meta: PublicationMeta
    issues: tuple[IssueView, ...]  # keys prefixed with `issue_keys`
    cover_image: CoverImage | None = None  # the volume's own (`--cover` with `--bind`)

    @property
    def cover_view(self) -> IssueView:
        """The first issue dressed as the volume, for the generated cover image: the
        magazine's name over the volume's title and dates."""
        first = self.issues[0]
        return replace(
            first,
            meta=self.meta,
            cover_name=self.meta.magazine or self.meta.title,
            cover_issue=self.meta.title if self.meta.magazine else None,
            cover_image=self.cover_image,
        )

    @property
    def issue_keys(self) -> tuple[str, ...]:
        """Each issue's anchor and file-name prefix: `i01`, `i02`…"""
        return _issue_keys(len(self.issues))


def _issue_keys(count: int) -> tuple[str, ...]:
    """The keys of a volume's COUNT issues, in order: `i01`, `i02`…"""
    return tuple(f"i{n:02d}" for n in range(1, count + 1))


def _prefixed(view: IssueView, prefix: str) -> IssueView:
    """VIEW with every outline key (and article key) starting with PREFIX."""
    outline = tuple(
        OutlineSection(
            prefix + section.key,
            section.label,
            tuple(replace(item, key=prefix + item.key) for item in section.articles),
        )
        for section in view.outline
    )
    articles = {prefix + key: replace(a, key=prefix + key) for key, a in view.articles.items()}
    return replace(view, outline=outline, articles=articles)


def _span(views: Sequence[IssueView]) -> str | None:
    """「2021年1月—2021年12月」: the dates of the first and last issue that print one."""
    dated = [view.meta.date_label for view in views if view.meta.date_label]
    if not dated:
        return None
    return dated[0] if dated[0] == dated[-1] else f"{dated[0]}—{dated[-1]}"


def _common(values: Sequence[str | None]) -> str | None:
    """The one value all issues share, or None when they differ or say nothing."""
    distinct = set(values)
    return values[0] if len(distinct) == 1 else None


def volume_view(
    title: str, views: Sequence[IssueView], cover_image: CoverImage | None = None
) -> VolumeView:
    """The volume called TITLE of VIEWS, already in the order they are bound in."""
    keys = _issue_keys(len(views))
    metas = [view.meta for view in views]
    dates = [meta.date for meta in metas if meta.date]
    modified = max((m.modified for m in metas if m.modified != FALLBACK_MODIFIED), default=None)
    magazine = _common([m.magazine for m in metas])
    identity = "|".join(m.identifier for m in metas)
    meta = PublicationMeta(
        title=label(title),
        magazine=magazine,
        issue_number=None,
        date=dates[-1] if dates else None,
        date_label=_span(views),
        modified=modified or FALLBACK_MODIFIED,
        publisher=_common([m.publisher for m in metas]),
        creator=f"{magazine}编辑部" if magazine else "编辑部",
        identifier=f"urn:uuid:{uuid.uuid5(_NAMESPACE, label(title) + '|' + identity)}",
    )
    issues = tuple(_prefixed(view, key) for view, key in zip(views, keys, strict=True))
    return VolumeView(meta, issues, cover_image)


def _hrefs(volume: VolumeView) -> dict[str, str]:
    """Each issue's, column's and article's link within the volume's HTML document."""
    hrefs = {key: f"#{key}" for key in volume.issue_keys}
    for view in volume.issues:
        hrefs.update(anchors(view))
    return hrefs


def volume_html(volume: VolumeView, css: str | None, *, standalone: bool = False) -> str:
    """The whole volume as one HTML document: its cover and 目录, then each issue's cover,
    columns and articles. CSS is inlined verbatim; None leaves it out. Cover images are
    inline in a STANDALONE document, else at the address the PDF's fetcher serves."""
    keys = volume.issue_keys
    return render(
        "volume.html.j2",
        volume=volume,
        hrefs=_hrefs(volume),
        css=Markup(css) if css is not None else None,
        cover_src=image_src(volume.cover_image, COVER_URL, standalone),
        issue_cover_srcs=[
            image_src(view.cover_image, _cover_url(key), standalone)
            for view, key in zip(volume.issues, keys, strict=True)
        ],
    )


def _cover_url(key: str) -> str:
    """Where the PDF's fetcher serves the cover image of the volume's issue KEY."""
    return f"{COVER_URL}/{key}"


def volume_cover_images(volume: VolumeView) -> dict[str, CoverImage]:
    """The cover images the volume's HTML names, by their addresses: what the PDF's
    fetcher serves (the volume's own, and each issue's from its sidecar)."""
    images = {
        _cover_url(key): view.cover_image
        for view, key in zip(volume.issues, volume.issue_keys, strict=True)
        if view.cover_image is not None
    }
    if volume.cover_image is not None:
        images[COVER_URL] = volume.cover_image
    return images


def epub_volume_nav(volume: VolumeView, hrefs: Mapping[str, str], bodymatter: str) -> str:
    """The volume's EPUB navigation document: its three-level 目录 and landmarks."""
    return render("epub_volume_nav.j2", volume=volume, hrefs=hrefs, bodymatter=bodymatter)


def epub_volume_cover(volume: VolumeView, image_href: str | None) -> str:
    """The volume's own cover page document (its cover image at IMAGE_HREF, if any)."""
    return render("epub_volume_cover.j2", volume=volume, image_href=image_href)


def epub_issue_cover(view: IssueView, key: str, image_href: str | None) -> str:
    """One issue's cover page inside the volume's EPUB (its image at IMAGE_HREF, if any)."""
    return render("epub_issue_cover.j2", view=view, key=key, image_href=image_href)
