<?xml version="1.0" encoding="UTF-8"?>
<!-- Core: divisions, headings, paragraphs, quotations, lists, figures, page breaks, tables,
     verse, drama, and the fallback that degrades any unknown element to its content. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:e="urn:edition:site"
    exclude-result-prefixes="tei e">

  <!-- ================================================================ helpers -->

  <!-- HTML id of the current element: its xml:id, else the anchor the build assigned. -->
  <xsl:template name="id">
    <xsl:if test="@xml:id or @e:anchor">
      <xsl:attribute name="id">
        <xsl:value-of select="concat($id-prefix, @xml:id, @e:anchor)"/>
      </xsl:attribute>
    </xsl:if>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- A visible, keyboard-reachable link to this passage (its stable id); site1. -->
  <xsl:template name="permalink">
    <xsl:if test="@xml:id or @e:anchor">
      <a class="permalink" href="#{concat($id-prefix, @xml:id, @e:anchor)}" data-pagefind-ignore="">
        <span aria-hidden="true">&#xB6;</span>
        <span class="visually-hidden">Link to this passage</span>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- A link to the parallel view where this passage has parallels (set by the build). -->
  <xsl:template name="parallel-mark">
    <xsl:if test="@e:par">
      <a class="par-mark" href="{$root}{$parallel-page}{@e:par-query}#{@e:par}"
         title="Parallel passages: {@e:par-count}">
        <span aria-hidden="true">&#x2225;</span>
        <span class="visually-hidden">parallel passages (<xsl:value-of select="@e:par-count"/>)</span>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- Blocks that HTML forbids inside <p>: a TEI p holding one becomes a div.p. -->
  <xsl:template name="has-block-child">
    <xsl:if test="tei:list or tei:table or tei:figure or tei:lg or tei:cit or tei:epigraph
                  or tei:quote[tei:p or tei:l or tei:lg] or tei:floatingText or tei:sp
                  or tei:div or tei:ab or tei:p">yes</xsl:if>
  </xsl:template>

  <!-- ================================================================ structure -->

  <xsl:template match="tei:teiHeader | tei:facsimile | tei:standOff | tei:sourceDoc"/>
  <xsl:template match="comment() | processing-instruction()"/>

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group">
    <div class="tei-{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5">
    <section class="div">
      <xsl:call-template name="id"/>
      <xsl:if test="@type"><xsl:attribute name="data-type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- The document title is the page's h1, so a division heading is h2 inside divisions
       that have no heading of their own, one level deeper per headed division around it
       (levels never skip); heads of body, front or back are h2; h6 is the deepest. -->
  <xsl:template match="tei:head">
    <xsl:variable name="depth" select="count(ancestor::*[self::tei:div or self::tei:div1
        or self::tei:div2 or self::tei:div3 or self::tei:div4 or self::tei:div5][tei:head]) + 1"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth &lt; 2">2</xsl:when>
        <xsl:when test="$depth &gt; 6">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="$depth"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$level}">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
      <xsl:call-template name="permalink"/>
    </xsl:element>
  </xsl:template>

  <!-- Heads of lists, tables, verse groups and figures are captions, not section headings. -->
  <xsl:template match="tei:list/tei:head | tei:table/tei:head | tei:lg/tei:head | tei:sp/tei:head
                       | tei:castList/tei:head">
    <p class="head"><xsl:call-template name="id"/><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:figure/tei:head">
    <figcaption><xsl:call-template name="id"/><xsl:apply-templates/></figcaption>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:variable name="blocky"><xsl:call-template name="has-block-child"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="ancestor::tei:note or ancestor::tei:p or ancestor::tei:head">
        <span class="p"><xsl:call-template name="id"/><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:when test="$blocky = 'yes'">
        <div class="p"><xsl:call-template name="id"/><xsl:call-template name="parallel-mark"/><xsl:apply-templates/><xsl:call-template name="permalink"/></div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="id"/><xsl:call-template name="parallel-mark"/><xsl:apply-templates/><xsl:call-template name="permalink"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ quotations -->

  <!-- A quotation is a block when it holds paragraphs or verse, or stands between blocks. -->
  <xsl:template match="tei:quote">
    <xsl:choose>
      <xsl:when test="ancestor::tei:note or ancestor::tei:head">
        <q><xsl:call-template name="id"/><xsl:apply-templates/></q>
      </xsl:when>
      <xsl:when test="tei:p or tei:l or tei:lg or parent::tei:div or parent::tei:body
                      or parent::tei:front or parent::tei:back or parent::tei:epigraph
                      or parent::tei:cit[not(ancestor::tei:p)]">
        <blockquote><xsl:call-template name="id"/><xsl:call-template name="parallel-mark"/>
          <xsl:choose>
            <!-- Paragraphs or verse inside: the quotation's link goes first (floated to the
                 right by passages.css), not on a line of its own after the last block. -->
            <xsl:when test="tei:p or tei:l or tei:lg">
              <xsl:call-template name="permalink"/><xsl:apply-templates/>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates/><xsl:call-template name="permalink"/></xsl:otherwise>
          </xsl:choose>
        </blockquote>
      </xsl:when>
      <xsl:otherwise>
        <q><xsl:call-template name="id"/><xsl:call-template name="parallel-mark"/><xsl:apply-templates/></q>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:q | tei:said | tei:soCalled">
    <q class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></q>
  </xsl:template>

  <xsl:template match="tei:cit">
    <xsl:choose>
      <xsl:when test="ancestor::tei:p or ancestor::tei:note or ancestor::tei:head">
        <span class="cit"><xsl:call-template name="id"/><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise>
        <figure class="cit">
          <xsl:call-template name="id"/>
          <xsl:apply-templates select="*[not(self::tei:bibl)]"/>
          <xsl:if test="tei:bibl">
            <figcaption><xsl:apply-templates select="tei:bibl"/></figcaption>
          </xsl:if>
        </figure>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:epigraph">
    <div class="epigraph"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:bibl">
    <cite class="bibl"><xsl:call-template name="id"/><xsl:apply-templates/></cite>
  </xsl:template>

  <!-- ================================================================ lists, tables, verse -->

  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="contains(@rend, 'numbered') or contains(@rend, 'ordered') or @type = 'ordered'">ol</xsl:when>
        <xsl:otherwise>ul</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="*[not(self::tei:head)]"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:item">
    <li><xsl:call-template name="id"/><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:list/tei:label">
    <li class="label"><strong><xsl:apply-templates/></strong></li>
  </xsl:template>

  <xsl:template match="tei:table">
    <table><xsl:call-template name="id"/>
      <xsl:if test="tei:head"><caption><xsl:apply-templates select="tei:head/node()"/></caption></xsl:if>
      <xsl:apply-templates select="tei:row"/>
    </table>
  </xsl:template>
  <xsl:template match="tei:row"><tr><xsl:apply-templates/></tr></xsl:template>
  <xsl:template match="tei:cell[@role = 'label']"><th><xsl:apply-templates/></th></xsl:template>
  <xsl:template match="tei:cell"><td><xsl:call-template name="id"/><xsl:apply-templates/></td></xsl:template>

  <xsl:template match="tei:lg">
    <div class="lg"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:l">
    <span class="l"><xsl:call-template name="id"/><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:lb">
    <xsl:choose>
      <xsl:when test="not(@break = 'no')"><br><xsl:call-template name="id"/></br></xsl:when>
      <xsl:when test="@xml:id"><span class="lb"><xsl:call-template name="id"/></span></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:sp">
    <div class="sp"><xsl:call-template name="id"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:speaker">
    <p class="speaker"><strong><xsl:apply-templates/></strong></p>
  </xsl:template>
  <xsl:template match="tei:stage">
    <em class="stage"><xsl:call-template name="id"/><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="tei:castList">
    <xsl:apply-templates select="tei:head"/>
    <ul class="cast"><xsl:call-template name="id"/><xsl:apply-templates select="*[not(self::tei:head)]"/></ul>
  </xsl:template>
  <xsl:template match="tei:castItem">
    <li><xsl:call-template name="id"/><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:castGroup">
    <li><xsl:apply-templates select="tei:head/node()"/>
      <ul><xsl:apply-templates select="*[not(self::tei:head)]"/></ul>
    </li>
  </xsl:template>
  <xsl:template match="tei:role"><strong class="role"><xsl:call-template name="id"/><xsl:apply-templates/></strong></xsl:template>
  <xsl:template match="tei:roleDesc">, <xsl:apply-templates/></xsl:template>

  <!-- ================================================================ figures, pages -->

  <xsl:template match="tei:figure">
    <figure><xsl:call-template name="id"/>
      <xsl:apply-templates select="tei:graphic"/>
      <xsl:apply-templates select="*[not(self::tei:graphic or self::tei:figDesc)]"/>
    </figure>
  </xsl:template>
  <!-- The build marks each graphic (e:image): `copied` or `remote` draw the image (e:src is
       its address); `missing` (not beside the TEI, so not in the site) and unmarked graphics
       show a placeholder naming the file, so the page has no broken image. -->
  <xsl:template match="tei:graphic[@url]">
    <xsl:variable name="alt"
        select="normalize-space(../tei:figDesc | ../tei:head[not(../tei:figDesc)] | tei:desc)"/>
    <xsl:choose>
      <xsl:when test="@e:image = 'copied'">
        <img src="{$root}{@e:src}" loading="lazy" alt="{$alt}"/>
      </xsl:when>
      <xsl:when test="@e:image = 'remote'">
        <img src="{@e:src}" loading="lazy" alt="{$alt}"/>
      </xsl:when>
      <xsl:otherwise>
        <span class="graphic-missing" data-pagefind-ignore="">
          <span class="graphic-missing-label">Image not included in this edition: </span>
          <span class="graphic-file"><xsl:value-of select="@url"/></span>
          <xsl:variable name="desc" select="normalize-space(../tei:figDesc | tei:desc)"/>
          <xsl:if test="$desc"><span class="graphic-desc"> (<xsl:value-of select="$desc"/>)</span></xsl:if>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:figDesc"/>

  <xsl:template match="tei:pb">
    <span class="pb"><xsl:call-template name="id"/>
      <xsl:if test="@n">
        <xsl:attribute name="data-n"><xsl:value-of select="@n"/></xsl:attribute>
        <span class="visually-hidden">page </span><xsl:value-of select="@n"/>
      </xsl:if>
    </span>
    <xsl:call-template name="page-image"/>
  </xsl:template>
  <!-- The page's facsimile, when the build found one (facsimile.py marks e:facs-href; e:facs-src
       is what a browser can draw, '' for TIFF and the like, which are offered as a link). -->
  <xsl:template name="page-image">
    <xsl:variable name="prefix"><xsl:if test="@e:facs-local = 'yes'"><xsl:value-of select="$root"/></xsl:if></xsl:variable>
    <xsl:variable name="href" select="e:safe-url(concat($prefix, @e:facs-href))"/>
    <xsl:variable name="label">Page image<xsl:if test="@n">, p. <xsl:value-of select="@n"/></xsl:if></xsl:variable>
    <xsl:if test="@e:facs-href and $href != ''">
      <span class="facs" data-pagefind-ignore="">
        <a class="facs-link" href="{$href}">
          <xsl:choose>
            <xsl:when test="@e:facs-src != ''">
              <img src="{e:safe-url(concat($prefix, @e:facs-src))}" loading="lazy" alt="{$label}"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$label"/> (opens the image file)</xsl:otherwise>
          </xsl:choose>
        </a>
      </span>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:fw">
    <span class="fw fw-{@type}"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:cb | tei:milestone"/>

  <!-- ================================================================ phrases -->

  <xsl:template match="tei:hi">
    <xsl:variable name="rend" select="concat(' ', @rend, ' ', @rendition, ' ')"/>
    <xsl:choose>
      <xsl:when test="contains($rend, 'bold')"><strong><xsl:apply-templates/></strong></xsl:when>
      <xsl:when test="contains($rend, 'sup')"><sup><xsl:apply-templates/></sup></xsl:when>
      <xsl:when test="contains($rend, 'sub')"><sub><xsl:apply-templates/></sub></xsl:when>
      <xsl:when test="contains($rend, 'small')"><span class="smallcaps"><xsl:apply-templates/></span></xsl:when>
      <xsl:when test="contains($rend, 'under')"><u><xsl:apply-templates/></u></xsl:when>
      <xsl:otherwise><em><xsl:apply-templates/></em></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:emph | tei:foreign | tei:term | tei:mentioned">
    <em class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></em>
  </xsl:template>
  <xsl:template match="tei:title">
    <cite class="title"><xsl:call-template name="id"/><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:variable name="target" select="normalize-space(substring-before(concat(normalize-space(@target), ' '), ' '))"/>
    <xsl:variable name="href">
      <xsl:choose>
        <xsl:when test="starts-with($target, '#')"><xsl:value-of select="concat('#', $id-prefix, substring($target, 2))"/></xsl:when>
        <xsl:when test="starts-with($target, 'http://') or starts-with($target, 'https://') or starts-with($target, 'mailto:')"><xsl:value-of select="$target"/></xsl:when>
        <xsl:when test="contains($target, '.xml#') and not(contains($target, '/'))">
          <xsl:value-of select="concat($root, substring-before($target, '.xml#'), '.html#', substring-after($target, '.xml#'))"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <!-- The URL policy (edition/site/urls.py) decides: an unsafe address renders as text. -->
    <xsl:variable name="safe-href" select="e:safe-url(string($href))"/>
    <xsl:choose>
      <xsl:when test="string($safe-href)">
        <a href="{$safe-href}"><xsl:call-template name="id"/>
          <xsl:apply-templates/>
          <xsl:if test="self::tei:ptr"><xsl:value-of select="$target"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise><span class="ref"><xsl:call-template name="id"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:seg">
    <span class="seg">
      <xsl:call-template name="id"/>
      <xsl:if test="@type"><xsl:attribute name="data-type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:call-template name="parallel-mark"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
  <xsl:template match="tei:anchor">
    <span class="anchor"><xsl:call-template name="id"/></span>
  </xsl:template>

  <xsl:template match="tei:gap"><span class="gap" title="gap in the source">[…]</span></xsl:template>
  <xsl:template match="tei:supplied">[<xsl:apply-templates/>]</xsl:template>
  <xsl:template match="tei:del"><del><xsl:apply-templates/></del></xsl:template>
  <xsl:template match="tei:add"><ins><xsl:apply-templates/></ins></xsl:template>
  <!-- The edited form (corr, reg, expan) when there is one, else the first child: a union
       selects in document order, so "(corr | *)[1]" would show an abbr or sic written first. -->
  <xsl:template match="tei:choice">
    <xsl:choose>
      <xsl:when test="tei:corr | tei:reg | tei:expan">
        <xsl:apply-templates select="(tei:corr | tei:reg | tei:expan)[1]"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="*[1]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ fallback -->

  <!-- Unknown elements degrade to their content; an xml:id is kept as an anchor. -->
  <xsl:template match="*">
    <xsl:choose>
      <xsl:when test="@xml:id or @e:anchor">
        <span class="tei-{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
