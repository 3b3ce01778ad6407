#!/usr/bin/env python3
"""Write the HTML twins of the corpus: every corpus/*.txt in seven page styles, with its gold label beside it.

    python3 scripts/make_html_twins.py   # rewrites corpus/html/{wordpress,pemda,portal,blogger,blogdiv,brcell,splitad}/

The styles: `wordpress`, `pemda` (Windows-1252, table layout), `portal` (heavy chrome, JSON-LD), `blogger`
(`<p>` paragraphs); `blogdiv` (a Blogger/CMS post whose paragraphs are sibling `<div>`s inside `div.post-body`),
`brcell` (a portal whose whole article is one table cell of `<br>`-separated text) and `splitad` (an article split
into two sibling blocks by an inline ad and a related-links box).

The article of each twin holds exactly the lines of the text (the first line as the headline, the others as
paragraphs); the page chrome around it (menus, share widgets, Baca Juga blocks, related links, comments,
sidebars, cookie banners, scripts) is what a cleaner must drop. Deterministic: the same output every run.
"""
import glob
import hashlib
import html
import os
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
OUT = os.path.join(CORPUS, "html")
STYLES = ["wordpress", "pemda", "portal", "blogger", "blogdiv", "brcell", "splitad"]

MONTHS = {m: i + 1 for i, m in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                         "september", "oktober", "november", "desember"])}
MONTHS.update({"jan": 1, "feb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "agus": 8,
               "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11, "nopember": 11, "des": 12,
               "dec": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
               "october": 10, "december": 12})


def header_date(lines):
    """The first date written on one of the first four lines, as YYYY-MM-DD, or None."""
    for line in lines[:4]:
        m = re.search(r"\b(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\b", line)
        if m and m.group(2).lower() in MONTHS:
            return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
        m = re.search(r"\b([A-Za-z]+)\s+(\d{1,2}),\s+(\d{4})\b", line)
        if m and m.group(1).lower() in MONTHS:
            return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1).lower()], int(m.group(2)))
    return None


def esc(text, entities=False):
    out = html.escape(text, quote=True)
    if entities:
        out = "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in out)
        out = out.replace("\u00a0", "&nbsp;")
    return out


def paragraphs(stem, lines, baca_after=None, baca=""):
    out = []
    for i, line in enumerate(lines):
        digest = hashlib.sha1((stem + str(i)).encode()).digest()[0]
        out.append("<p>%s</p>" % esc(line, entities=digest % 3 == 0))
        if baca_after is not None and i == baca_after:
            out.append(baca)
    return "\n".join(out)


def wordpress(stem, title, body, date):
    meta = '<meta property="article:published_time" content="%sT08:30:00+07:00">' % date if date else ""
    baca = ('<div class="baca-juga"><strong>Baca Juga:</strong> <a href="/2022/03/12/bansos">Penyaluran Bansos Tahap '
            'Kedua Dimulai 12 Maret 2022 di Kota Bogor</a></div>')
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; Kabar Daerah Online</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="Kabar Daerah Online">
{meta}<meta name="author" content="Redaksi"><link rel="canonical" href="https://kabardaerah.example/{stem}/">
<style>.site-header{{background:#123}} .entry-content p{{margin:0 0 1em}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head><body class="post-template-default single">
<header class="site-header"><div class="site-branding"><a href="/">Kabar Daerah Online</a></div>
<nav class="main-navigation"><ul><li><a href="/">Beranda</a></li><li><a href="/daerah">Daerah</a></li><li><a href="/nasional">Nasional</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/pendidikan">Pendidikan</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Beranda</a> &raquo; <a href="/daerah">Daerah</a> &raquo; {esc(title[:40])}</div>
<div id="primary" class="content-area"><main id="main">
<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="sharedaddy sd-sharing"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="entry-content">
{paragraphs(stem, body, baca_after=1 if len(body) > 2 else None, baca=baca)}
</div>
<footer class="entry-footer"><span class="tags-links">Tag: <a href="#">pelatihan</a>, <a href="#">bimtek</a>, <a href="#">dinsos</a></span></footer>
</article>
<div class="related-posts"><h3>Berita Terkait</h3><ul><li><a href="#">Pelatihan Kader Digelar 3 Januari 2021 di Aula Kantor Bupati</a></li><li><a href="#">Rakor Penanggulangan Kemiskinan Kabupaten</a></li></ul></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title">Tinggalkan Balasan</h3>
<form id="commentform"><p>Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p><textarea name="comment"></textarea><input type="submit" value="Kirim Komentar"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Berita Terpopuler</h2><ul><li><a href="#">Bupati Lantik 40 Pejabat Eselon III</a></li><li><a href="#">Jalan Provinsi Rusak Parah</a></li></ul></section>
<section class="widget weather"><h2>Cuaca</h2><p>26.7 C Berawan</p></section></aside>
<footer class="site-footer"><p>&copy; 2024 Kabar Daerah Online. Hak cipta dilindungi.</p></footer>
<script src="/wp-includes/js/jquery.min.js"></script></body></html>
"""


def pemda(stem, title, body, date):
    posted = f'<div class="meta-berita">Diposting oleh Humas pada {date}</div>' if date else ""
    meta = f'<meta name="date" content="{date}">' if date else ""
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{esc(title)} | Portal Resmi Pemerintah Daerah</title>{meta}
<link rel="stylesheet" href="/css/style.css"></head>
<body bgcolor="#ffffff"><table width="100%" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="top-menu"><a href="/profil">Profil</a> | <a href="/pemerintahan">Pemerintahan</a> | <a href="/layanan">Layanan</a> | <a href="/ppid">PPID</a></td></tr>
<tr><td width="25%" valign="top" class="kolom-kiri"><div class="agenda"><b>Agenda</b><br><a href="#">Rapat Paripurna DPRD 12 Desember 2023</a><br><a href="#">Musrenbang Kecamatan</a></div>
<div class="pengumuman"><b>Pengumuman</b><br><a href="#">Seleksi Terbuka JPT Pratama 2024</a></div></td>
<td valign="top">{posted}<span class="hits">Dilihat 1.234 kali</span>
<div class="isi-berita"><h1>{esc(title, entities=True)}</h1>
{paragraphs(stem, body)}
</div></td></tr>
<tr><td colspan="2" class="footer">Pengunjung hari ini: 312 | Total pengunjung: 1.204.556<br>Dinas Komunikasi dan Informatika</td></tr>
</table></body></html>
"""


def portal(stem, title, body, date):
    path = "read/%s/%s" % (date.replace("-", "/"), stem) if date else "read/%s" % stem
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,'
          '"datePublished":"%sT09:15:00+07:00","author":{"@type":"Person","name":"Tim Redaksi"}}</script>'
          % (repr(title).replace("'", '"') if '"' not in title else '"judul"', date)) if date else ""
    nav = "".join('<li><a href="/kanal/%d">Kanal %d</a></li>' % (i, i) for i in range(32))
    related = ('<ul class="related"><li><a href="#">Baca juga: Pelatihan Serupa Digelar 5 Mei 2021</a></li>'
               '<li><a href="#">Dinsos Salurkan Bansos</a></li><li><a href="#">Tagana Dikukuhkan</a></li>'
               '<li><a href="#">Harga Cabai Naik</a></li><li><a href="#">Jalan Rusak Dikeluhkan Warga</a></li></ul>')
    foot = "".join('<a href="/f/%d">Tautan %d</a> ' % (i, i) for i in range(20))
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(title)} - PortalNasional.example</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:url" content="https://portalnasional.example/{path}">
<link rel="canonical" href="https://portalnasional.example/{path}">{ld}
<script>var ads=[];for(var i=0;i<10;i++){{ads.push('slot'+i)}}</script><style>.ads{{min-height:250px}}</style></head>
<body><header class="header"><nav class="navbar"><ul>{nav}</ul></nav></header>
<div class="cookie-consent">Kami menggunakan cookie untuk pengalaman terbaik. <button>Setuju</button></div>
<div class="ads ads-top">IKLAN</div>
<div class="container"><div class="read__content"><h1 class="read__title">{esc(title)}</h1>
<div class="social-share"><a href="#">Bagikan</a></div>
<div class="read__text">
{paragraphs(stem, body, baca_after=1 if len(body) > 2 else None, baca=related)}
</div></div>
<div class="sidebar"><h3>Terpopuler</h3><ol><li><a href="#">Berita 1</a></li><li><a href="#">Berita 2</a></li></ol></div>
<form class="newsletter"><input type="email" placeholder="Email"><button>Langganan</button></form></div>
<div class="ads ads-bottom">IKLAN</div>
<footer class="footer">{foot}<p>&copy; PortalNasional.example</p></footer>
<script async src="https://ads.example/tag.js"></script></body></html>
"""


def blogger(stem, title, body, date):
    published = f"<abbr class='published' title='{date}T10:00:00+07:00'>{date}</abbr>" if date else ""
    return f"""<!DOCTYPE html><html dir='ltr' xmlns='http://www.w3.org/1999/xhtml'><head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><title>Warta Desa: {esc(title)}</title>
<meta content='{esc(title)}' property='og:title'/></head>
<body><div class='navbar section' id='navbar'><div class='widget Navbar'>Blog Lainnya Buat Blog</div></div>
<div class='header-outer'><div class='header section'><h1 class='title'>Warta Desa</h1><p class='description'>Kabar dari kampung</p></div></div>
<div class='main-outer'><div class='main section' id='main'><div class='blog-posts hfeed'><div class='post hentry'>
<h3 class='post-title entry-title'>{esc(title)}</h3>
<div class='post-body entry-content'>
{paragraphs(stem, body)}
</div>
<div class='post-footer'>Diposting oleh Admin di {published} <span class='post-labels'>Label: Sosial, Pelatihan</span>
<div class='share-button'>Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter</div></div>
</div></div>
<div class='comments' id='comments'><h4>Posting Komentar</h4><p>%d blogger menyukai ini:</p></div>
</div></div>
<div class='sidebar-wrapper'><div class='widget BlogArchive'><h2>Arsip Blog</h2><ul><li>2023 (12)</li><li>2022 (30)</li></ul></div></div>
</body></html>
"""


def blogdiv(stem, title, body, date):
    """A Blogger or CMS post whose paragraphs are sibling <div>s (some with <span> or <b> inside) in div.post-body."""
    published = f"<abbr class='published' title='{date}T10:00:00+07:00'>{date}</abbr>" if date else ""
    divs = []
    for i, line in enumerate(body):
        digest = hashlib.sha1((stem + "d" + str(i)).encode()).digest()[0]
        text = esc(line, entities=digest % 3 == 0)
        if digest % 4 == 1:
            text = "<span style='font-family: arial;'>%s</span>" % text
        divs.append("<div style='text-align: justify;'>%s</div>" % text)
        if digest % 5 == 2:
            divs.append("<div><br /></div>")
    return f"""<!DOCTYPE html><html dir='ltr'><head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><title>{esc(title)} ~ Suara Desa Kita</title>
<meta content='{esc(title)}' property='og:title'/></head>
<body><div class='navbar section' id='navbar'><div class='widget Navbar'>Blog Lainnya Buat Blog Masuk</div></div>
<div class='outer-wrapper'><div class='header-wrapper'><div class='header section'><h1 class='title'>Suara Desa Kita</h1><p class='description'>Berita dan kabar dari desa</p></div></div>
<div class='main-wrapper'><div class='main section' id='main'><div class='blog-posts hfeed'><div class='date-outer'>
<h2 class='date-header'><span>{esc(date or "")}</span></h2><div class='post-outer'><div class='post hentry'>
<h3 class='post-title entry-title'>{esc(title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{int(hashlib.sha1(stem.encode()).hexdigest()[:6], 16)}'>
{chr(10).join(divs)}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line'>Diposting oleh Admin Desa pada {published}</div>
<div class='post-share-buttons'>Kirimkan Ini lewat Email BlogThis! Berbagi ke Twitter Berbagi ke Facebook</div>
<div class='post-footer-line-2'><span class='post-labels'>Label: Berita Desa, Kegiatan</span></div></div>
</div></div></div>
<div class='blog-pager' id='blog-pager'><a href='#'>Posting Lebih Baru</a> <a href='#'>Posting Lama</a> <a href='/'>Beranda</a></div>
<div class='comments' id='comments'><h4>0 komentar:</h4><p>Posting Komentar</p></div>
</div></div>
<div class='sidebar-wrapper'><div class='sidebar section'><div class='widget PopularPosts'><h2>Postingan Populer</h2>
<ul><li><a href='#'>Jadwal Posyandu Bulan Ini di Balai Desa</a></li><li><a href='#'>Kerja Bakti Membersihkan Saluran Air</a></li></ul></div>
<div class='widget BlogArchive'><h2>Arsip Blog</h2><ul><li>2024 (8)</li><li>2023 (21)</li></ul></div></div></div>
</div></div></body></html>
"""


def brcell(stem, title, body, date):
    """An old portal whose whole article is one table cell of text separated by <br> (single and double)."""
    lines = []
    for i, line in enumerate(body):
        digest = hashlib.sha1((stem + "b" + str(i)).encode()).digest()[0]
        lines.append(esc(line, entities=digest % 3 == 0))
        lines.append("<br><br>" if digest % 2 else "<br>")
    meta = f'<meta name="pubdate" content="{date}">' if date else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - Berita Daerah</title>{meta}</head>
<body><table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3" class="banner-atas"><img src="/img/logo.gif" alt="Logo"> Portal Berita Daerah</td></tr>
<tr><td colspan="3" class="menu-atas"><a href="/">Home</a> | <a href="/berita">Berita</a> | <a href="/galeri">Galeri</a> | <a href="/kontak">Kontak</a></td></tr>
<tr><td width="180" valign="top" class="kiri"><b>Kategori</b><br><a href="#">Pemerintahan</a><br><a href="#">Sosial</a><br><a href="#">Pendidikan</a><br><a href="#">Kesehatan</a><br><a href="#">Olahraga</a></td>
<td width="600" valign="top"><font size="4"><b>{esc(title)}</b></font><br><font size="1" color="#666666">Ditulis oleh Redaksi | Dibaca 812 kali</font><br><br>
<table width="100%" cellpadding="4"><tr><td class="isi" valign="top">
{chr(10).join(lines)}
</td></tr></table>
<br><a href="javascript:window.print()">Cetak</a> | <a href="#">Kirim ke teman</a></td>
<td width="180" valign="top" class="kanan"><b>Berita Lain</b><br><a href="#">Musrenbang Kecamatan Digelar</a><br><a href="#">Harga Beras Stabil</a><br><a href="#">Lomba Desa Tingkat Kabupaten</a></td></tr>
<tr><td colspan="3" class="bawah">Copyright &copy; 2024 Portal Berita Daerah. All rights reserved.</td></tr>
</table></body></html>
"""


def splitad(stem, title, body, date):
    """A news page whose article is split into two sibling blocks by an inline ad and a box of related links."""
    half = max(1, (len(body) + 1) // 2)
    first, second = body[:half], body[half:]
    ad = ('<div class="inline-ad"><span>ADVERTISEMENT</span><div id="div-gpt-ad-1"></div>'
          '<p>Scroll untuk melanjutkan membaca</p></div>\n'
          '<div class="box-terkait"><b>Berita Terkait</b><ul><li><a href="#">Pelatihan Serupa Digelar 7 Juni 2022 di Kota Lain</a></li>'
          '<li><a href="#">Bupati Resmikan Pasar Desa</a></li></ul></div>')
    meta = '<meta property="article:published_time" content="%sT07:00:00+07:00">' % date if date else ""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{esc(title)} | Kabar Nusantara</title>
<meta property="og:title" content="{esc(title)}">{meta}</head>
<body><div class="topbar"><a href="/">Kabar Nusantara</a> <a href="/indeks">Indeks</a> <a href="/daerah">Daerah</a></div>
<div class="wrap"><div class="col-main"><h1 class="detail-title">{esc(title)}</h1>
<div class="detail-info">Reporter: Tim Liputan | Editor: Redaksi</div>
<div class="detail-text">
{paragraphs(stem, first)}
</div>
{ad}
<div class="detail-text">
{paragraphs(stem + "s", second)}
</div>
<div class="detail-tags">Tags: pelatihan, daerah</div></div>
<div class="col-side"><div class="box-populer"><b>Terpopuler</b><ol><li><a href="#">Berita 1</a></li><li><a href="#">Berita 2</a></li></ol></div></div></div>
<div class="bottom">Kabar Nusantara &copy; 2024</div></body></html>
"""


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    count = 0
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.txt"))):
        stem = os.path.basename(path)[:-4]
        lines = [l.strip() for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
        title, body = lines[0], lines[1:]
        date = header_date(lines)
        for style, make in zip(STYLES, [wordpress, pemda, portal, blogger, blogdiv, brcell, splitad]):
            folder = os.path.join(OUT, style)
            os.makedirs(folder, exist_ok=True)
            page = make(stem, title, body, date)
            data = page.encode("cp1252", "xmlcharrefreplace") if style == "pemda" else page.encode("utf-8")
            with open(os.path.join(folder, stem + ".html"), "wb") as f:
                f.write(data)
            shutil.copyfile(path[:-4] + ".json", os.path.join(folder, stem + ".json"))
            count += 1
    print(f"{count} twins written to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
