package de.weitblick.project.persistence;

import java.util.UUID;

import de.weitblick.project.Project;

import org.springframework.data.repository.ListCrudRepository;

public interface ProjectRepository extends ListCrudRepository<Project, UUID> {

}
