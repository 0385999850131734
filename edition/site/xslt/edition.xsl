<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry point: TEI document (annotated by edition.site.annotate) -> one HTML fragment
     <div class="tei-render"><nav class="toc">…</nav><div class="document-text">…</div></div>.
     Parameters are documented in README.md beside this file. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:e="urn:edition:site"
    exclude-result-prefixes="tei e">

  <xsl:param name="id-prefix" select="''"/>
  <xsl:param name="root" select="''"/>
  <xsl:param name="parallel-page" select="'parallel.html'"/>
  <xsl:param name="empty-note-label" select="'(empty in the source)'"/>

  <xsl:include href="core.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="apparatus.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <div class="tei-render">
      <nav class="toc" aria-label="Contents of this document">
        <xsl:variable name="heads" select="//tei:text//tei:div[tei:head]"/>
        <xsl:if test="$heads">
          <ol>
            <xsl:apply-templates mode="toc"
                select="//tei:text//tei:div[tei:head][not(ancestor::tei:div[tei:head])]"/>
          </ol>
        </xsl:if>
      </nav>
      <div class="document-text">
        <xsl:choose>
          <xsl:when test="//tei:text">
            <xsl:apply-templates select="(//tei:text)[1]"/>
          </xsl:when>
          <!-- Not TEI (or no text element): degrade to the text of the root. -->
          <xsl:when test="not(/tei:TEI) and not(/tei:teiCorpus)">
            <div class="tei-unknown"><xsl:apply-templates select="/*"/></div>
          </xsl:when>
        </xsl:choose>
      </div>
    </div>
  </xsl:template>

  <xsl:template match="tei:div" mode="toc">
    <li>
      <a href="#{$id-prefix}{@xml:id}{@e:anchor}">
        <xsl:apply-templates select="tei:head[1]" mode="plain"/>
      </a>
      <xsl:if test=".//tei:div[tei:head]">
        <ol>
          <xsl:apply-templates mode="toc"
              select=".//tei:div[tei:head][generate-id(ancestor::tei:div[tei:head][1]) = generate-id(current())]"/>
        </ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Plain text of a heading, without its notes. -->
  <xsl:template match="tei:note" mode="plain"/>
  <xsl:template match="tei:fw" mode="plain"/>
</xsl:stylesheet>
