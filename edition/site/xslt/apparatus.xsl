<?xml version="1.0" encoding="UTF-8"?>
<!-- Critical apparatus (parallel segmentation): app shows its lemma highlighted and the
     readings with their witnesses beside it. The build labels witnesses (e:wit-label). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:e="urn:edition:site"
    exclude-result-prefixes="tei e">

  <xsl:template match="tei:app">
    <span class="app"><xsl:call-template name="id"/>
      <xsl:apply-templates select="tei:lem"/>
      <xsl:if test="not(tei:lem)"><xsl:apply-templates select="tei:rdg[1]"/></xsl:if>
      <xsl:variable name="readings" select="tei:rdg[../tei:lem or position() &gt; 1] | tei:rdgGrp"/>
      <xsl:if test="$readings">
        <span class="rdgs">
          <xsl:text> (</xsl:text>
          <xsl:for-each select="$readings">
            <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
          <xsl:text>)</xsl:text>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:lem | tei:rdg">
    <span class="{local-name()}"><xsl:call-template name="id"/>
      <mark><xsl:apply-templates/><xsl:if test="not(node())">∅</xsl:if></mark>
      <xsl:if test="@wit or @e:wit-label">
        <xsl:text> </xsl:text>
        <span class="wit">
          <xsl:choose>
            <xsl:when test="@e:wit-label"><xsl:value-of select="@e:wit-label"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="translate(@wit, '#', '')"/></xsl:otherwise>
          </xsl:choose>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:rdgGrp">
    <span class="rdgGrp"><xsl:call-template name="id"/>
      <xsl:for-each select="tei:rdg | tei:lem">
        <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </span>
  </xsl:template>
  <xsl:template match="tei:witDetail | tei:wit"/>
</xsl:stylesheet>
