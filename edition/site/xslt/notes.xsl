<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes: each TEI note becomes a marker link (role doc-noteref) followed by the note itself
     (role doc-footnote: doc-endnote is only valid inside a doc-endnotes list) with a back-link. The build numbers notes (e:num) and
     names the marker (e:ref), so no xsl:number or preceding:: counting is needed here. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:e="urn:edition:site"
    exclude-result-prefixes="tei e">

  <xsl:template match="tei:note">
    <xsl:variable name="note-id" select="concat($id-prefix, @xml:id, @e:anchor)"/>
    <xsl:variable name="ref-id" select="concat($id-prefix, @e:ref)"/>
    <sup class="noteref"><a role="doc-noteref" href="#{$note-id}" id="{$ref-id}"
        aria-controls="{$note-id}"><xsl:value-of select="@e:num"/></a></sup>
    <span class="note" role="doc-footnote" id="{$note-id}" tabindex="-1" data-num="{@e:num}">
      <xsl:if test="@type = 'empty' or (not(*) and not(normalize-space(.)))">
        <xsl:attribute name="class">note note-empty</xsl:attribute>
      </xsl:if>
      <a role="doc-backlink" class="backlink" href="#{$ref-id}"
         title="Back to the text"><xsl:value-of select="@e:num"/><span class="visually-hidden"> (back to the text)</span></a>
      <xsl:text> </xsl:text>
      <xsl:choose>
        <xsl:when test="@type = 'empty' or (not(*) and not(normalize-space(.)))">
          <span class="empty-label"><xsl:value-of select="$empty-note-label"/></span>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>
</xsl:stylesheet>
