package de.weitblick.project.persistence;

import java.util.UUID;

import de.weitblick.project.Project;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores the projects. Public only because the module's facades and sub-packages share
 * it; it lives outside the module's base package, so no other module can reach it.
 */
public interface ProjectRepository extends ListCrudRepository<Project, UUID> {

}
