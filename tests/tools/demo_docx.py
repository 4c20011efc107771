"""The parts of the demo's Word document, in real OOXML structure (fictional persona).

Leaks planted: core.xml creator/lastModifiedBy (real name), app.xml Company and
Template, the attached template's full Windows path in settings.xml.rels,
comment authors (the writer and a colleague), people.xml with an Active
Directory user id (work e-mail), and rsid values.
"""

from __future__ import annotations

W_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w14 w15"'
)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

GLOSSARY = [
    (
        "Material consideration",
        "A matter the committee is allowed to weigh: light, privacy, "
        "highway safety, design. Loss of a view is not one.",
    ),
    (
        "Permitted development",
        "Work you can do without applying, within limits. Check before you build, not after.",
    ),
    (
        "Section 106",
        "A legal agreement that makes a developer pay for, or provide, things the "
        "scheme needs: school places, affordable homes, a junction.",
    ),
    (
        "Call-in",
        "When a councillor asks for an application to go to committee instead of being decided by officers.",
    ),
    (
        "Delegated decision",
        "A decision taken by an officer under powers the council has given "
        "them. Most applications are decided this way.",
    ),
    (
        "Five-year land supply",
        "Whether the council can show enough deliverable housing sites. "
        "If it cannot, the tilted balance applies and refusals get harder to defend.",
    ),
]


def _para(text: str, rsid: str, style: str | None = None, comment: int | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    if comment is not None:
        run = (
            f'<w:commentRangeStart w:id="{comment}"/>{run}<w:commentRangeEnd w:id="{comment}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:commentReference w:id="{comment}"/></w:r>'
        )
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{ppr}{run}</w:p>'


def docx_parts(real_name: str, windows_user: str, employer: str) -> list[tuple[str, str]]:
    initials = "".join(word[0] for word in real_name.split())
    body = [
        _para("Planning jargon buster", "00A41C2E", "Title"),
        _para("A plain-English list for residents. Draft - not council policy.", "00A41C2E", comment=0),
    ]
    for term, meaning in GLOSSARY:
        body.append(_para(term, "00B7E3F1", "Heading2"))
        body.append(_para(meaning, "00B7E3F1", comment=1 if term == "Section 106" else None))
    document = (
        DECL
        + f"<w:document {W_NS}><w:body>"
        + "".join(body)
        + '<w:sectPr w:rsidR="00A41C2E"><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
        'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    comments = (
        DECL + f"<w:comments {W_NS}>"
        f'<w:comment w:id="0" w:author="{real_name}" w:date="2025-03-10T16:02:00Z" '
        f'w:initials="{initials}"><w:p><w:r><w:t>Take the directorate logo off before this '
        "goes anywhere public.</w:t></w:r></w:p></w:comment>"
        '<w:comment w:id="1" w:author="Priya Desai" w:date="2025-03-11T09:17:00Z" '
        'w:initials="PD"><w:p><w:r><w:t>Jon - S106 wording needs to match the SPD. Happy to '
        "look again Thursday.</w:t></w:r></w:p></w:comment></w:comments>"
    )
    people = (
        DECL + f"<w15:people {W_NS}>"
        f'<w15:person w15:author="{real_name}"><w15:presenceInfo w15:providerId="AD" '
        f'w15:userId="S::j.smethurst@wycc.gov.uk::6f1c2b7e-3a9d-4e58-b2f0-9d4c1a7e8b35"/>'
        "</w15:person>"
        '<w15:person w15:author="Priya Desai"><w15:presenceInfo w15:providerId="AD" '
        'w15:userId="S::p.desai@wycc.gov.uk::0c9e7d4a-1b2f-4a36-8e5d-27f1c3b9a604"/>'
        "</w15:person></w15:people>"
    )
    settings = (
        DECL + f"<w:settings {W_NS}>"
        '<w:zoom w:percent="100"/><w:attachedTemplate r:id="rId1"/>'
        '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:rsids><w:rsidRoot w:val="00A41C2E"/><w:rsid w:val="00A41C2E"/>'
        '<w:rsid w:val="00B7E3F1"/><w:rsid w:val="00C95D02"/></w:rsids>'
        '<w:themeFontLang w:val="en-GB"/></w:settings>'
    )
    template_path = (
        f"file:///C:\\Users\\{windows_user}\\AppData\\Roaming\\Microsoft\\Templates\\"
        "WYCC%20Corporate%20Report.dotx"
    )
    settings_rels = (
        DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/attachedTemplate" Target="{template_path}" TargetMode="External"/>'
        "</Relationships>"
    )
    core = (
        DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>Planning jargon buster</dc:title><dc:subject></dc:subject>"
        f"<dc:creator>{real_name}</dc:creator><cp:keywords></cp:keywords>"
        "<dc:description></dc:description>"
        f"<cp:lastModifiedBy>{real_name}</cp:lastModifiedBy><cp:revision>7</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-10T15:41:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-02T20:26:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Template>WYCC Corporate Report.dotx</Template>'
        "<TotalTime>94</TotalTime><Pages>1</Pages><Words>212</Words><Characters>1210</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        "<Lines>10</Lines><Paragraphs>2</Paragraphs><ScaleCrop>false</ScaleCrop>"
        f"<Manager>Head of Development Management</Manager><Company>{employer}</Company>"
        "<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>1420</CharactersWithSpaces>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )
    styles = (
        DECL + f"<w:styles {W_NS}>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="character" w:styleId="CommentReference">'
        '<w:name w:val="annotation reference"/></w:style></w:styles>'
    )
    content_types = (
        DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.comments+xml"/>'
        '<Override PartName="/word/people.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.people+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/></Types>'
    )
    root_rels = (
        DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    doc_rels = (
        DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/settings" Target="settings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/comments" Target="comments.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2011/relationships/'
        'people" Target="people.xml"/></Relationships>'
    )
    return [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", root_rels),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings),
        ("word/_rels/settings.xml.rels", settings_rels),
        ("word/comments.xml", comments),
        ("word/people.xml", people),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
    ]
