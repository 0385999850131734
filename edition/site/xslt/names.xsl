<?xml version="1.0" encoding="UTF-8"?>
<!-- Names and dates: persName links to its person page (the build resolves @ref to e:person
     and gives every occurrence an id, so index entries reach the exact spot); dates carry their
     normalized value in data- attributes and a tooltip; Old Style dates show both values. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:e="urn:edition:site"
    exclude-result-prefixes="tei e">

  <xsl:template match="tei:persName[@e:person]">
    <a class="person" href="{$root}persons/{e:person-page(string(@e:person))}.html" data-person="{@e:person}">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </a>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs">
    <span class="name {local-name()}">
      <xsl:call-template name="id"/>
      <xsl:if test="@cert = 'low' or @cert = 'unknown'">
        <xsl:attribute name="class">name <xsl:value-of select="local-name()"/> uncertain</xsl:attribute>
        <xsl:attribute name="title">identification uncertain</xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:date">
    <time class="date"><xsl:call-template name="id"/>
      <xsl:if test="@when and not(@when-custom)">
        <xsl:attribute name="datetime"><xsl:value-of select="@when"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="@when-custom and @when">
        <xsl:attribute name="datetime"><xsl:value-of select="@when"/></xsl:attribute>
      </xsl:if>
      <xsl:for-each select="@when | @from | @to | @notBefore | @notAfter | @when-custom">
        <xsl:attribute name="data-{translate(local-name(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')}">
          <xsl:value-of select="."/>
        </xsl:attribute>
      </xsl:for-each>
      <xsl:attribute name="title"><xsl:call-template name="date-label"/></xsl:attribute>
      <xsl:apply-templates/>
    </time>
    <xsl:if test="@when-custom">
      <span class="date-alt"> [O.S. <xsl:value-of select="@when-custom"/> = N.S. <xsl:value-of select="@when"/>]</span>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-label">
    <xsl:choose>
      <xsl:when test="@when-custom">New Style (Gregorian) <xsl:value-of select="@when"/>; Old Style (Julian) <xsl:value-of select="@when-custom"/></xsl:when>
      <xsl:when test="@when"><xsl:value-of select="@when"/></xsl:when>
      <xsl:when test="@from and @to"><xsl:value-of select="@from"/> to <xsl:value-of select="@to"/></xsl:when>
      <xsl:when test="@from">from <xsl:value-of select="@from"/></xsl:when>
      <xsl:when test="@to">until <xsl:value-of select="@to"/></xsl:when>
      <xsl:when test="@notBefore and @notAfter">between <xsl:value-of select="@notBefore"/> and <xsl:value-of select="@notAfter"/></xsl:when>
      <xsl:when test="@notBefore">not before <xsl:value-of select="@notBefore"/></xsl:when>
      <xsl:when test="@notAfter">not after <xsl:value-of select="@notAfter"/></xsl:when>
      <xsl:otherwise>date not normalized</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
