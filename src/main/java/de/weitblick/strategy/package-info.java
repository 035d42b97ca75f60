/**
 * The labour-market strategy (Arbeitsmarktstrategie): its key points as strategy goals
 * with measurable targets, a baseline, the projects that serve them and their progress,
 * measured from Weitblick's own figures where such an indicator exists.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "focusgroup" })
package de.weitblick.strategy;
